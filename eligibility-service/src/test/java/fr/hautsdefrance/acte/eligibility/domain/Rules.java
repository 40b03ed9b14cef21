package fr.hautsdefrance.acte.eligibility.domain;

import fr.hautsdefrance.acte.eligibility.config.EligibilityConfig;
import fr.hautsdefrance.acte.eligibility.service.ReferenceData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The shipped rule set on the shipped reference data, and a builder of inputs, for the rule tests. */
final class Rules {

    static final ReferenceData REFERENCE = new ReferenceData(new EligibilityConfig() {
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
    static final RuleEngine ENGINE = new RuleEngine(REFERENCE.ruleSetOn(LocalDate.of(2026, 11, 22)),
            REFERENCE.territory());

    static final String LENS_LIEVIN = "246200364";
    static final String HENIN_CARVIN = "246200299";
    static final String PAYS_SOLESMOIS = "245901038";
    static final String PAYS_DE_LA_SERRE = "240200469";
    static final String CHEMIN_DES_DAMES = "240200592";
    static final String CANTON_OULCHY = "240200519";
    /** CC Faucigny - Glières, Haute-Savoie: an EPCI of another region. */
    static final String FAUCIGNY_GLIERES = "200000172";
    static final String LENS = "62498";

    private Rules() {
    }

    static Input association() {
        return new Input();
    }

    static Input epci(String siren) {
        Input input = new Input();
        input.type = ApplicantType.EPCI;
        input.legalForm = LegalForm.LOCAL_AUTHORITY;
        input.siren = siren;
        return input;
    }

    static Input grouping(String... members) {
        Input input = epci("200000000");
        input.type = ApplicantType.EPCI_GROUPING;
        input.members = List.of(members);
        return input;
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    /** An association's eligible emergence project by default: 60 000 € of operating costs, 30 000 € asked. */
    static final class Input {
        ApplicantType type = ApplicantType.ESS_ENTERPRISE;
        LegalForm legalForm = LegalForm.ASSOCIATION;
        String siren = "123456782";
        List<String> members = List.of();
        BigDecimal deMinimis = BigDecimal.ZERO;
        Stage stage = Stage.EMERGENCE;
        List<String> communes = List.of(LENS);
        /** Rural as the Region qualified it (a correction); otherwise the density grid decides. */
        boolean rural;
        Boolean ruralCorrection;
        boolean qpv;
        List<EligibilityInput.Partner> partners = List.of(
                new EligibilityInput.Partner("Mairie de Lens", PartnerCategory.PUBLIC_AUTHORITY),
                new EligibilityInput.Partner("Collectif d'habitants", PartnerCategory.INHABITANTS));
        List<EligibilityInput.ExpenseLine> expenses = new ArrayList<>(List.of(
                new EligibilityInput.ExpenseLine(ExpenseCategory.OPERATING, "Coordination", euros("60000.00"))));
        BigDecimal requested = euros("30000.00");

        Input stage(Stage value) {
            stage = value;
            return this;
        }

        Input legalForm(LegalForm value) {
            legalForm = value;
            return this;
        }

        Input rural() {
            rural = true;
            return this;
        }

        Input ruralCorrectedTo(boolean value) {
            ruralCorrection = value;
            return this;
        }

        Input qpv() {
            qpv = true;
            return this;
        }

        Input communes(String... codes) {
            communes = List.of(codes);
            return this;
        }

        Input partners(EligibilityInput.Partner... value) {
            partners = List.of(value);
            return this;
        }

        Input onlyExpense(ExpenseCategory category, String amount) {
            expenses = new ArrayList<>(List.of(new EligibilityInput.ExpenseLine(category, "Ligne", euros(amount))));
            return this;
        }

        Input plusExpense(ExpenseCategory category, String amount) {
            expenses.add(new EligibilityInput.ExpenseLine(category, "Ligne ajoutée", euros(amount)));
            return this;
        }

        Input requesting(String amount) {
            requested = euros(amount);
            return this;
        }

        Input deMinimisReceived(String amount) {
            deMinimis = euros(amount);
            return this;
        }

        EligibilityInput build() {
            return new EligibilityInput(
                    new EligibilityInput.Applicant(type, legalForm, siren, members, deMinimis),
                    new EligibilityInput.Project(stage, communes, false, qpv, partners, rural ? Boolean.TRUE : ruralCorrection),
                    expenses, requested);
        }

        Verdict assess() {
            return ENGINE.assess(build());
        }
    }

    static CheckStatus status(Verdict verdict, String code) {
        return check(verdict, code).status();
    }

    static Check check(Verdict verdict, String code) {
        return verdict.checks().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + code + " in " + verdict.checks()));
    }
}
