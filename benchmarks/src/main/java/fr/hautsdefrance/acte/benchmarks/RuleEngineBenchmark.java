package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.eligibility.config.EligibilityConfig;
import fr.hautsdefrance.acte.eligibility.domain.ApplicantType;
import fr.hautsdefrance.acte.eligibility.domain.EligibilityInput;
import fr.hautsdefrance.acte.eligibility.domain.ExpenseCategory;
import fr.hautsdefrance.acte.eligibility.domain.LegalForm;
import fr.hautsdefrance.acte.eligibility.domain.PartnerCategory;
import fr.hautsdefrance.acte.eligibility.domain.RuleEngine;
import fr.hautsdefrance.acte.eligibility.domain.Stage;
import fr.hautsdefrance.acte.eligibility.domain.Verdict;
import fr.hautsdefrance.acte.eligibility.service.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** In-process evaluation of the ACTE rules, explanations included (target: ≥ 1,000,000 evaluations/s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleEngineBenchmark {

    private RuleEngine engine;
    private EligibilityInput association;
    private EligibilityInput grouping;
    private EligibilityInput fiftyLines;

    @Setup
    public void setUp() {
        ReferenceData reference = new ReferenceData(new EligibilityConfig() {
            @Override
            public List<String> ruleSets() {
                return List.of("acte-2026.1");
            }

            @Override
            public String referenceData() {
                return "reference/hauts-de-france.json";
            }

            @Override
            public String densityGrid() {
                return "reference/grille-densite-hauts-de-france.json";
            }
        });
        engine = new RuleEngine(reference.ruleSetOn(LocalDate.of(2026, 11, 22)), reference.territory());
        List<EligibilityInput.Partner> partners = List.of(
                new EligibilityInput.Partner("Mairie de Lens", PartnerCategory.PUBLIC_AUTHORITY),
                new EligibilityInput.Partner("Collectif d'habitants", PartnerCategory.INHABITANTS));
        EligibilityInput.Project emergence = new EligibilityInput.Project(Stage.EMERGENCE, List.of("62498"), false,
                true, partners);
        association = new EligibilityInput(
                new EligibilityInput.Applicant(ApplicantType.ESS_ENTERPRISE, LegalForm.ASSOCIATION, "123456782",
                        List.of(), BigDecimal.ZERO),
                emergence,
                List.of(new EligibilityInput.ExpenseLine(ExpenseCategory.OPERATING, "Coordination", new BigDecimal("42000.00")),
                        new EligibilityInput.ExpenseLine(ExpenseCategory.EXTERNAL_SERVICES, "Étude", new BigDecimal("18000.00")),
                        new EligibilityInput.ExpenseLine(ExpenseCategory.INVESTMENT, "Camion", new BigDecimal("25000.00"))),
                new BigDecimal("30000.00"));
        grouping = new EligibilityInput(
                new EligibilityInput.Applicant(ApplicantType.EPCI_GROUPING, LegalForm.LOCAL_AUTHORITY, "200000000",
                        List.of("245901038", "240200469"), BigDecimal.ZERO),
                emergence, association.expenses(), new BigDecimal("30000.00"));
        List<EligibilityInput.ExpenseLine> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(new EligibilityInput.ExpenseLine(ExpenseCategory.values()[i % ExpenseCategory.values().length],
                    "Ligne " + i, new BigDecimal("1234.56")));
        }
        fiftyLines = new EligibilityInput(association.applicant(), emergence, lines, new BigDecimal("15000.00"));
    }

    @Benchmark
    public Verdict eligibleAssociation() {
        return engine.assess(association);
    }

    /** The same, every explanation written out as the API does when it answers. */
    @Benchmark
    public int eligibleAssociationExplained() {
        int length = 0;
        for (var check : engine.assess(association).checks()) {
            length += check.message().length();
        }
        return length;
    }

    @Benchmark
    public Verdict epciGrouping() {
        return engine.assess(grouping);
    }

    @Benchmark
    public Verdict fiftyExpenseLines() {
        return engine.assess(fiftyLines);
    }
}
