package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.FAIL;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.PASS;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.WARN;

/**
 * The ACTE rules of one {@link RuleSet} on the region's {@link Territory}. Every check explains
 * itself in plain French (what was found, the figure, what to change, the rule's source); the
 * application is eligible exactly when no check fails, and the maximum grant is always computed so
 * the applicant can adjust the request.
 */
public final class RuleEngine {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    private final RuleSet rules;
    private final Territory territory;

    public RuleEngine(RuleSet rules, Territory territory) {
        this.rules = rules;
        this.territory = territory;
    }

    public RuleSet ruleSet() {
        return rules;
    }

    public Verdict assess(EligibilityInput input) {
        List<Check> checks = new ArrayList<>(10);
        EligibilityInput.Applicant applicant = input.applicant();
        EligibilityInput.Project project = input.project();

        checks.add(applicantType(applicant));
        if (applicant.type() != ApplicantType.ESS_ENTERPRISE) {
            epciPopulation(applicant).ifPresent(checks::add);
            checks.add(epciStage(project.stage()));
        }
        checks.add(region(project.communeCodes()));
        checks.add(cooperation(project.partners()));

        Set<ExpenseCategory> eligibleCategories = rules.eligibleAt(project.stage());
        BigDecimal eligibleBase = ZERO;
        BigDecimal excludedTotal = ZERO;
        List<EligibilityInput.ExpenseLine> excluded = new ArrayList<>();
        for (EligibilityInput.ExpenseLine line : input.expenses()) {
            if (eligibleCategories.contains(line.category())) {
                eligibleBase = eligibleBase.add(line.amount());
            } else {
                excluded.add(line);
                excludedTotal = excludedTotal.add(line.amount());
            }
        }
        eligibleBase = eligibleBase.setScale(2, RoundingMode.UNNECESSARY);
        checks.add(eligibleExpenses(project.stage(), eligibleCategories, eligibleBase, excluded, excludedTotal));

        BigDecimal rate = rules.rateFor(project.rural(), project.qpv());
        BigDecimal rateCeiling = rate.multiply(eligibleBase).setScale(2, RoundingMode.DOWN);
        BigDecimal maxGrant = rateCeiling.min(rules.maxGrant()).setScale(2, RoundingMode.DOWN);
        BigDecimal requested = input.requestedAmount().setScale(2, RoundingMode.UNNECESSARY);

        checks.add(amountRange(requested));
        checks.add(rateCap(requested, rate, eligibleBase, rateCeiling, project));
        checks.add(projectSize(rate, eligibleBase, maxGrant));
        if (applicant.type() == ApplicantType.ESS_ENTERPRISE) {
            checks.add(deMinimis(applicant.deMinimisReceived(), requested));
        }
        return new Verdict(rules.version(), eligibleBase, rate, maxGrant, requested, checks);
    }

    // ------------------------------------------------------------------ beneficiaries

    private Check applicantType(EligibilityInput.Applicant applicant) {
        String source = " (règlement ACTE : bénéficiaires)";
        LegalForm form = applicant.legalForm();
        return switch (applicant.type()) {
            case ESS_ENTERPRISE -> {
                if (rules.essLegalForms().contains(form)) {
                    yield check("APPLICANT_TYPE", PASS, "Une " + French.legalForm(form)
                            + " peut demander ACTE en tant qu'entreprise de l'économie sociale et solidaire." + source,
                            Map.of("legalForm", form));
                }
                if (form == LegalForm.COMMERCIAL_COMPANY) {
                    yield check("APPLICANT_TYPE", FAIL, "Une société commerciale sans statut ESS ne peut pas "
                            + "bénéficier d'ACTE. Si elle respecte la loi ESS du 31 juillet 2014 (agrément ESUS), "
                            + "choisissez la forme « société commerciale de l'ESS »." + source, Map.of("legalForm", form));
                }
                yield check("APPLICANT_TYPE", FAIL, "Une collectivité ne demande pas ACTE en tant qu'entreprise de "
                        + "l'ESS : choisissez « EPCI » ou « groupement d'EPCI »." + source, Map.of("legalForm", form));
            }
            case EPCI -> {
                Optional<Epci> epci = territory.epci(applicant.siren());
                if (form != LegalForm.LOCAL_AUTHORITY) {
                    yield check("APPLICANT_TYPE", FAIL, "Un EPCI a pour forme juridique « collectivité territoriale "
                            + "ou EPCI », pas « " + French.legalForm(form) + " »." + source, Map.of("legalForm", form));
                }
                yield epci.map(e -> check("APPLICANT_TYPE", PASS, e.name() + " est un EPCI à fiscalité propre des "
                        + "Hauts-de-France." + source, Map.of("siren", e.siren(), "epci", e.name())))
                        .orElseGet(() -> check("APPLICANT_TYPE", FAIL, "Le SIREN " + applicant.siren()
                                + " n'est pas celui d'un EPCI à fiscalité propre des Hauts-de-France (référentiel "
                                + "INSEE) : vérifiez le numéro." + source, Map.of("siren", applicant.siren())));
            }
            case EPCI_GROUPING -> {
                if (form != LegalForm.LOCAL_AUTHORITY) {
                    yield check("APPLICANT_TYPE", FAIL, "Un groupement d'EPCI a pour forme juridique « collectivité "
                            + "territoriale ou EPCI », pas « " + French.legalForm(form) + " »." + source,
                            Map.of("legalForm", form));
                }
                Set<String> members = new LinkedHashSet<>(applicant.memberSirens());
                List<String> unknown = members.stream().filter(s -> territory.epci(s).isEmpty()).toList();
                if (members.size() < 2) {
                    yield check("APPLICANT_TYPE", FAIL, "Un groupement réunit au moins deux EPCI : indiquez le SIREN "
                            + "de chacun de ses membres." + source, Map.of("members", members.size()));
                }
                if (!unknown.isEmpty()) {
                    yield check("APPLICANT_TYPE", FAIL, "Chaque membre d'un groupement doit être un EPCI à fiscalité "
                            + "propre des Hauts-de-France ; ces SIREN ne le sont pas : " + French.list(unknown)
                            + "." + source, Map.of("notEpciOfTheRegion", unknown));
                }
                yield check("APPLICANT_TYPE", PASS, "Les " + members.size() + " membres du groupement sont des EPCI à "
                        + "fiscalité propre des Hauts-de-France." + source, Map.of("members", members.size()));
            }
        };
    }

    /** Absent when the EPCI (or a member) is unknown: APPLICANT_TYPE has already failed. */
    private Optional<Check> epciPopulation(EligibilityInput.Applicant applicant) {
        String source = " (règlement ACTE : EPCI de plus de " + French.number(rules.epciPopulationAbove())
                + " habitants, population totale INSEE)";
        String threshold = French.number(rules.epciPopulationAbove());
        if (applicant.type() == ApplicantType.EPCI) {
            return territory.epci(applicant.siren()).map(epci -> epci.population() > rules.epciPopulationAbove()
                    ? check("EPCI_POPULATION", PASS, epci.name() + " compte " + French.number(epci.population())
                            + " habitants : plus de " + threshold + "." + source, Map.of("population", epci.population()))
                    : check("EPCI_POPULATION", FAIL, epci.name() + " compte " + French.number(epci.population())
                            + " habitants : un EPCI doit en compter plus de " + threshold + ". Un groupement avec "
                            + "d'autres EPCI peut atteindre ce seuil." + source, Map.of("population", epci.population())));
        }
        Set<String> members = new LinkedHashSet<>(applicant.memberSirens());
        List<Epci> known = members.stream().map(territory::epci).flatMap(Optional::stream).toList();
        if (known.size() != members.size() || members.size() < 2) {
            return Optional.empty();
        }
        long population = known.stream().mapToLong(Epci::population).sum();
        return Optional.of(population > rules.epciPopulationAbove()
                ? check("EPCI_POPULATION", PASS, "Le groupement compte " + French.number(population)
                        + " habitants : plus de " + threshold + "." + source, Map.of("population", population))
                : check("EPCI_POPULATION", FAIL, "Le groupement compte " + French.number(population) + " habitants : il "
                        + "doit en compter plus de " + threshold + "." + source, Map.of("population", population)));
    }

    private Check epciStage(Stage stage) {
        String source = " (règlement ACTE : EPCI en phase d'impulsion ou d'émergence)";
        return rules.epciStages().contains(stage)
                ? check("EPCI_STAGE", PASS, "Les EPCI sont éligibles en phase d'émergence d'une dynamique de "
                        + "coopération économique : c'est le cas de ce projet." + source, Map.of("stage", stage))
                : check("EPCI_STAGE", FAIL, "Les EPCI et groupements d'EPCI ne sont éligibles qu'en phase "
                        + "d'émergence ; ce projet est au niveau « " + French.stage(stage) + " ». Une structure de l'ESS "
                        + "du territoire peut porter le projet à ce niveau." + source, Map.of("stage", stage));
    }

    // ------------------------------------------------------------------ project

    private Check region(List<String> communeCodes) {
        String source = " (règlement ACTE : projets menés en Hauts-de-France)";
        if (communeCodes.isEmpty()) {
            return check("REGION", FAIL, "Indiquez au moins une commune des Hauts-de-France où le projet se déroule."
                    + source, Map.of());
        }
        List<String> outside = communeCodes.stream().filter(c -> territory.commune(c).isEmpty()).toList();
        if (!outside.isEmpty()) {
            return check("REGION", FAIL, "Ces codes ne sont pas ceux de communes des Hauts-de-France (Aisne, Nord, "
                    + "Oise, Pas-de-Calais, Somme) : " + French.list(outside) + ". Vérifiez le code INSEE (et non le "
                    + "code postal) de chaque commune." + source, Map.of("outsideRegion", outside));
        }
        List<String> names = communeCodes.stream().limit(3).map(c -> territory.commune(c).orElseThrow().name()).toList();
        String shown = communeCodes.size() > 3 ? String.join(", ", names) + " et " + (communeCodes.size() - 3)
                + " autre(s)" : French.list(names);
        return check("REGION", PASS, "Le projet se déroule dans les Hauts-de-France (" + shown + ")." + source,
                Map.of("communes", communeCodes.size()));
    }

    private Check cooperation(List<EligibilityInput.Partner> partners) {
        String source = " (règlement ACTE : projets multi-acteurs et multi-partenariaux)";
        RuleSet.Cooperation minimum = rules.cooperation();
        Set<PartnerCategory> categories = EnumSet.noneOf(PartnerCategory.class);
        partners.forEach(p -> categories.add(p.category()));
        Map<String, Object> details = Map.of("partners", partners.size(), "categories", categories.size());
        String found = partners.size() + " partenaire(s) de " + categories.size() + " catégorie(s)";
        if (partners.size() >= minimum.minPartners() && categories.size() >= minimum.minPartnerCategories()) {
            return check("COOPERATION", PASS, found + " (" + French.list(categories.stream()
                    .map(French::partnerCategory).toList()) + ") : le projet est bien coopératif." + source, details);
        }
        return check("COOPERATION", FAIL, "ACTE finance des coopérations : il faut au moins " + minimum.minPartners()
                + " partenaires en plus du porteur, d'au moins " + minimum.minPartnerCategories() + " catégories "
                + "différentes (structure de l'ESS, entreprise, collectivité, habitants, recherche ou enseignement). "
                + "Le projet en compte " + found + "." + source, details);
    }

    private Check eligibleExpenses(Stage stage, Set<ExpenseCategory> eligible, BigDecimal eligibleBase,
            List<EligibilityInput.ExpenseLine> excluded, BigDecimal excludedTotal) {
        String source = " (règlement ACTE : dépenses éligibles par niveau de maturité)";
        Map<String, Object> details = Map.of("eligibleBase", eligibleBase, "excludedLines", excluded.size(),
                "excludedAmount", excludedTotal);
        if (excluded.isEmpty()) {
            return check("ELIGIBLE_EXPENSES", PASS, "Toutes les dépenses (" + French.euros(eligibleBase)
                    + ") sont éligibles au niveau « " + French.stage(stage) + " »." + source, details);
        }
        List<String> lines = excluded.stream().limit(5).map(l -> (l.label() == null || l.label().isBlank()
                ? French.expenseCategory(l.category()) : l.label()) + " (" + French.expenseCategory(l.category()) + ", "
                + French.euros(l.amount()) + ")").toList();
        return check("ELIGIBLE_EXPENSES", WARN, excluded.size() + " ligne(s) de dépenses, pour "
                + French.euros(excludedTotal) + ", ne sont pas éligibles au niveau « " + French.stage(stage)
                + " » : elles restent au budget mais sont exclues de l'assiette éligible (" + French.euros(eligibleBase)
                + ") : " + String.join(" ; ", lines) + (excluded.size() > 5 ? "…" : "") + ". À ce niveau, sont éligibles : "
                + French.list(eligible.stream().sorted().map(French::expenseCategory).toList()) + "." + source, details);
    }

    // ------------------------------------------------------------------ amount

    private Check amountRange(BigDecimal requested) {
        String source = " (règlement ACTE : montant de l'aide)";
        String range = "entre " + French.wholeEuros(rules.minGrant()) + " et " + French.wholeEuros(rules.maxGrant());
        Map<String, Object> details = Map.of("requestedAmount", requested, "min", rules.minGrant(), "max", rules.maxGrant());
        if (requested.compareTo(rules.minGrant()) < 0) {
            return check("AMOUNT_RANGE", FAIL, "Le montant demandé (" + French.euros(requested) + ") est inférieur au "
                    + "minimum d'une subvention ACTE : elle est comprise " + range + "." + source, details);
        }
        if (requested.compareTo(rules.maxGrant()) > 0) {
            return check("AMOUNT_RANGE", FAIL, "Le montant demandé (" + French.euros(requested) + ") dépasse le "
                    + "maximum d'une subvention ACTE : elle est comprise " + range + "." + source, details);
        }
        return check("AMOUNT_RANGE", PASS, "Le montant demandé (" + French.euros(requested) + ") est compris " + range
                + "." + source, details);
    }

    private Check rateCap(BigDecimal requested, BigDecimal rate, BigDecimal eligibleBase, BigDecimal rateCeiling,
            EligibilityInput.Project project) {
        String source = " (règlement ACTE : " + French.percent(rules.baseRate()) + " des dépenses éligibles, "
                + French.percent(rules.enhancedRate()) + " en territoire rural ou en quartier prioritaire)";
        String why = rate.compareTo(rules.baseRate()) == 0 ? "" : project.rural() ? ", taux majoré en territoire rural"
                : ", taux majoré en quartier prioritaire de la politique de la ville";
        String cap = French.percent(rate) + " de l'assiette éligible (" + French.euros(eligibleBase) + why + "), soit "
                + French.euros(rateCeiling);
        Map<String, Object> details = Map.of("rate", rate, "eligibleBase", eligibleBase, "rateCeiling", rateCeiling);
        return requested.compareTo(rateCeiling) <= 0
                ? check("RATE_CAP", PASS, "Le montant demandé (" + French.euros(requested) + ") ne dépasse pas " + cap
                        + "." + source, details)
                : check("RATE_CAP", FAIL, "Le montant demandé (" + French.euros(requested) + ") dépasse " + cap
                        + ". Réduisez la demande ou complétez les dépenses éligibles." + source, details);
    }

    private Check projectSize(BigDecimal rate, BigDecimal eligibleBase, BigDecimal maxGrant) {
        String source = " (règlement ACTE : montant de l'aide)";
        Map<String, Object> details = Map.of("maxGrant", maxGrant);
        if (maxGrant.compareTo(rules.minGrant()) >= 0) {
            return check("PROJECT_SIZE", PASS, "La subvention peut atteindre " + French.euros(maxGrant) + " ("
                    + French.percent(rate) + " de " + French.euros(eligibleBase) + " de dépenses éligibles, dans la limite "
                    + "de " + French.wholeEuros(rules.maxGrant()) + ")." + source, details);
        }
        BigDecimal minimumBase = rules.minGrant().divide(rate, 2, RoundingMode.UP);
        return check("PROJECT_SIZE", FAIL, "Avec " + French.euros(eligibleBase) + " de dépenses éligibles, la "
                + "subvention ne pourrait pas dépasser " + French.euros(maxGrant) + " : c'est moins que le minimum de "
                + French.wholeEuros(rules.minGrant()) + ". Il faut au moins " + French.euros(minimumBase)
                + " de dépenses éligibles à ce taux (" + French.percent(rate) + ")." + source, details);
    }

    private Check deMinimis(BigDecimal received, BigDecimal requested) {
        String source = " (règlement (UE) 2023/2831, aides de minimis : " + French.wholeEuros(rules.deMinimisCeiling())
                + " sur trois ans)";
        BigDecimal total = received.add(requested).setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> details = Map.of("received", received, "total", total, "ceiling", rules.deMinimisCeiling());
        if (total.compareTo(rules.deMinimisCeiling()) <= 0) {
            return check("DE_MINIMIS", PASS, "Avec cette aide, les aides de minimis reçues sur trois ans atteindraient "
                    + French.euros(total) + ", sous le plafond." + source, details);
        }
        BigDecimal room = rules.deMinimisCeiling().subtract(received).max(BigDecimal.ZERO);
        return check("DE_MINIMIS", FAIL, "Avec cette aide, les aides de minimis reçues sur trois ans atteindraient "
                + French.euros(total) + " : au-delà du plafond. Le montant possible est au plus de " + French.euros(room)
                + "." + source, details);
    }

    private static Check check(String code, CheckStatus status, String message, Map<String, Object> details) {
        return new Check(code, status, message, details);
    }
}
