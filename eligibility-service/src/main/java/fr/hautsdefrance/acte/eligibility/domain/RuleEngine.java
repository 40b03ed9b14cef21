package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.FAIL;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.PASS;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.WARN;

/**
 * The ACTE rules of one {@link RuleSet} on the region's {@link Territory}. Every check explains
 * itself in plain French (what was found, the figure, what to change, the rule's source); the
 * application is eligible exactly when no check fails, and the maximum grant is always computed so
 * the applicant can adjust the request. Thread-safe: one engine serves every request.
 */
public final class RuleEngine {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    private final RuleSet rules;
    private final Territory territory;
    private final Sources sources;

    public RuleEngine(RuleSet rules, Territory territory) {
        this.rules = rules;
        this.territory = territory;
        this.sources = new Sources(rules);
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

        Check territoryRate = territoryRate(project);
        boolean rural = Boolean.TRUE.equals(territoryRate.details().get("rural"));
        BigDecimal rate = rules.rateFor(rural, project.qpv());
        BigDecimal rateCeiling = rate.multiply(eligibleBase).setScale(2, RoundingMode.DOWN);
        BigDecimal maxGrant = rateCeiling.min(rules.maxGrant()).setScale(2, RoundingMode.DOWN);
        BigDecimal requested = input.requestedAmount().setScale(2, RoundingMode.UNNECESSARY);

        checks.add(amountRange(requested));
        checks.add(territoryRate);
        checks.add(rateCap(requested, rate, eligibleBase, rateCeiling, rural));
        checks.add(projectSize(rate, eligibleBase, maxGrant));
        if (applicant.type() == ApplicantType.ESS_ENTERPRISE) {
            checks.add(deMinimis(applicant.deMinimisReceived(), requested));
        }
        return new Verdict(rules.version(), eligibleBase, rate, maxGrant, requested, checks);
    }

    // ------------------------------------------------------------------ beneficiaries

    private Check applicantType(EligibilityInput.Applicant applicant) {
        LegalForm form = applicant.legalForm();
        Map<String, Object> formDetail = Map.of("legalForm", form);
        return switch (applicant.type()) {
            case ESS_ENTERPRISE -> {
                if (rules.essLegalForms().contains(form)) {
                    yield check("APPLICANT_TYPE", PASS, () -> "Une " + French.legalForm(form) + " peut demander ACTE "
                            + "en tant qu'entreprise de l'économie sociale et solidaire." + sources.beneficiaries, formDetail);
                }
                if (form == LegalForm.COMMERCIAL_COMPANY) {
                    yield check("APPLICANT_TYPE", FAIL, () -> "Une société commerciale sans statut ESS ne peut pas "
                            + "bénéficier d'ACTE. Si elle respecte la loi ESS du 31 juillet 2014 (agrément ESUS), "
                            + "choisissez la forme « société commerciale de l'ESS »." + sources.beneficiaries, formDetail);
                }
                yield check("APPLICANT_TYPE", FAIL, () -> "Une collectivité ne demande pas ACTE en tant qu'entreprise "
                        + "de l'ESS : choisissez « EPCI » ou « groupement d'EPCI »." + sources.beneficiaries, formDetail);
            }
            case EPCI -> {
                if (form != LegalForm.LOCAL_AUTHORITY) {
                    yield check("APPLICANT_TYPE", FAIL, () -> "Un EPCI a pour forme juridique « collectivité "
                            + "territoriale ou EPCI », pas « " + French.legalForm(form) + " »." + sources.beneficiaries,
                            formDetail);
                }
                Optional<Epci> epci = territory.epci(applicant.siren());
                yield epci.map(e -> check("APPLICANT_TYPE", PASS, () -> e.name() + " est un EPCI à fiscalité propre "
                                + "des Hauts-de-France." + sources.beneficiaries, Map.of("siren", e.siren(), "epci", e.name())))
                        .orElseGet(() -> check("APPLICANT_TYPE", FAIL, () -> "Le SIREN " + applicant.siren()
                                + " n'est pas celui d'un EPCI à fiscalité propre des Hauts-de-France (référentiel "
                                + "INSEE) : vérifiez le numéro." + sources.beneficiaries, Map.of("siren", applicant.siren())));
            }
            case EPCI_GROUPING -> {
                if (form != LegalForm.LOCAL_AUTHORITY) {
                    yield check("APPLICANT_TYPE", FAIL, () -> "Un groupement d'EPCI a pour forme juridique "
                            + "« collectivité territoriale ou EPCI », pas « " + French.legalForm(form) + " »."
                            + sources.beneficiaries, formDetail);
                }
                List<String> members = distinct(applicant.memberSirens());
                if (members.size() < 2) {
                    yield check("APPLICANT_TYPE", FAIL, () -> "Un groupement réunit au moins deux EPCI : indiquez le "
                            + "SIREN de chacun de ses membres." + sources.beneficiaries, Map.of("members", members.size()));
                }
                List<String> unknown = members.stream().filter(s -> territory.epci(s).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    yield check("APPLICANT_TYPE", FAIL, () -> "Chaque membre d'un groupement doit être un EPCI à "
                            + "fiscalité propre des Hauts-de-France ; ces SIREN ne le sont pas : " + French.list(unknown)
                            + "." + sources.beneficiaries, Map.of("notEpciOfTheRegion", unknown));
                }
                yield check("APPLICANT_TYPE", PASS, () -> "Les " + members.size() + " membres du groupement sont des "
                        + "EPCI à fiscalité propre des Hauts-de-France." + sources.beneficiaries,
                        Map.of("members", members.size()));
            }
        };
    }

    /** Absent when the EPCI (or a member) is unknown: APPLICANT_TYPE has already failed. */
    private Optional<Check> epciPopulation(EligibilityInput.Applicant applicant) {
        long threshold = rules.epciPopulationAbove();
        if (applicant.type() == ApplicantType.EPCI) {
            return territory.epci(applicant.siren()).map(epci -> epci.population() > threshold
                    ? check("EPCI_POPULATION", PASS, () -> epci.name() + " compte " + French.number(epci.population())
                            + " habitants : plus de " + French.number(threshold) + "." + sources.epciPopulation,
                            Map.of("population", epci.population()))
                    : check("EPCI_POPULATION", FAIL, () -> epci.name() + " compte " + French.number(epci.population())
                            + " habitants : un EPCI doit en compter plus de " + French.number(threshold) + ". Un "
                            + "groupement avec d'autres EPCI peut atteindre ce seuil." + sources.epciPopulation,
                            Map.of("population", epci.population())));
        }
        List<String> members = distinct(applicant.memberSirens());
        long population = 0;
        for (String member : members) {
            Optional<Epci> epci = territory.epci(member);
            if (epci.isEmpty()) {
                return Optional.empty();
            }
            population += epci.get().population();
        }
        if (members.size() < 2) {
            return Optional.empty();
        }
        long total = population;
        return Optional.of(total > threshold
                ? check("EPCI_POPULATION", PASS, () -> "Le groupement compte " + French.number(total) + " habitants : "
                        + "plus de " + French.number(threshold) + "." + sources.epciPopulation, Map.of("population", total))
                : check("EPCI_POPULATION", FAIL, () -> "Le groupement compte " + French.number(total) + " habitants : il "
                        + "doit en compter plus de " + French.number(threshold) + "." + sources.epciPopulation,
                        Map.of("population", total)));
    }

    private Check epciStage(Stage stage) {
        return rules.epciStages().contains(stage)
                ? check("EPCI_STAGE", PASS, () -> "Les EPCI sont éligibles en phase d'émergence d'une dynamique de "
                        + "coopération économique : c'est le cas de ce projet." + sources.epciStage, Map.of("stage", stage))
                : check("EPCI_STAGE", FAIL, () -> "Les EPCI et groupements d'EPCI ne sont éligibles qu'en phase "
                        + "d'émergence ; ce projet est au niveau « " + French.stage(stage) + " ». Une structure de "
                        + "l'ESS du territoire peut porter le projet à ce niveau." + sources.epciStage,
                        Map.of("stage", stage));
    }

    // ------------------------------------------------------------------ project

    private Check region(List<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return check("REGION", FAIL, () -> "Indiquez au moins une commune des Hauts-de-France où le projet se "
                    + "déroule." + sources.region, Map.of());
        }
        List<String> outside = null;
        for (String code : communeCodes) {
            if (territory.commune(code).isEmpty()) {
                if (outside == null) {
                    outside = new ArrayList<>();
                }
                outside.add(code);
            }
        }
        if (outside != null) {
            List<String> notInRegion = outside;
            return check("REGION", FAIL, () -> "Ces codes ne sont pas ceux de communes des Hauts-de-France (Aisne, "
                    + "Nord, Oise, Pas-de-Calais, Somme) : " + French.list(notInRegion) + ". Vérifiez le code INSEE (et "
                    + "non le code postal) de chaque commune." + sources.region, Map.of("outsideRegion", notInRegion));
        }
        return check("REGION", PASS, () -> {
            List<String> names = communeCodes.stream().limit(3).map(c -> territory.commune(c).orElseThrow().name())
                    .toList();
            String shown = communeCodes.size() > 3
                    ? String.join(", ", names) + " et " + (communeCodes.size() - 3) + " autre(s)"
                    : French.list(names);
            return "Le projet se déroule dans les Hauts-de-France (" + shown + ")." + sources.region;
        }, Map.of("communes", communeCodes.size()));
    }

    private Check cooperation(List<EligibilityInput.Partner> partners) {
        RuleSet.Cooperation minimum = rules.cooperation();
        Set<PartnerCategory> categories = EnumSet.noneOf(PartnerCategory.class);
        for (EligibilityInput.Partner partner : partners) {
            categories.add(partner.category());
        }
        Map<String, Object> details = Map.of("partners", partners.size(), "categories", categories.size());
        Supplier<String> found = () -> partners.size() + " partenaire(s) de " + categories.size() + " catégorie(s)";
        if (partners.size() >= minimum.minPartners() && categories.size() >= minimum.minPartnerCategories()) {
            return check("COOPERATION", PASS, () -> found.get() + " (" + French.list(categories.stream()
                    .map(French::partnerCategory).toList()) + ") : le projet est bien coopératif." + sources.cooperation,
                    details);
        }
        return check("COOPERATION", FAIL, () -> "ACTE finance des coopérations : il faut au moins "
                + minimum.minPartners() + " partenaires en plus du porteur, d'au moins " + minimum.minPartnerCategories()
                + " catégories différentes (structure de l'ESS, entreprise, collectivité, habitants, recherche ou "
                + "enseignement). Le projet en compte " + found.get() + "." + sources.cooperation, details);
    }

    private Check eligibleExpenses(Stage stage, Set<ExpenseCategory> eligible, BigDecimal eligibleBase,
            List<EligibilityInput.ExpenseLine> excluded, BigDecimal excludedTotal) {
        Map<String, Object> details = Map.of("eligibleBase", eligibleBase, "excludedLines", excluded.size(),
                "excludedAmount", excludedTotal);
        if (excluded.isEmpty()) {
            return check("ELIGIBLE_EXPENSES", PASS, () -> "Toutes les dépenses (" + French.euros(eligibleBase)
                    + ") sont éligibles au niveau « " + French.stage(stage) + " »." + sources.expenses, details);
        }
        return check("ELIGIBLE_EXPENSES", WARN, () -> {
            List<String> lines = excluded.stream().limit(5).map(l -> (l.label() == null || l.label().isBlank()
                    ? French.expenseCategory(l.category()) : l.label()) + " (" + French.expenseCategory(l.category())
                    + ", " + French.euros(l.amount()) + ")").toList();
            return excluded.size() + " ligne(s) de dépenses, pour " + French.euros(excludedTotal) + ", ne sont pas "
                    + "éligibles au niveau « " + French.stage(stage) + " » : elles restent au budget mais sont exclues "
                    + "de l'assiette éligible (" + French.euros(eligibleBase) + ") : " + String.join(" ; ", lines)
                    + (excluded.size() > 5 ? "…" : "") + ". À ce niveau, sont éligibles : "
                    + French.list(eligible.stream().sorted().map(French::expenseCategory).toList()) + "."
                    + sources.expenses;
        }, details);
    }

    // ------------------------------------------------------------------ amount

    private Check amountRange(BigDecimal requested) {
        Map<String, Object> details = Map.of("requestedAmount", requested, "min", rules.minGrant(), "max",
                rules.maxGrant());
        if (requested.compareTo(rules.minGrant()) < 0) {
            return check("AMOUNT_RANGE", FAIL, () -> "Le montant demandé (" + French.euros(requested) + ") est "
                    + "inférieur au minimum d'une subvention ACTE : elle est comprise " + sources.range + "."
                    + sources.amount, details);
        }
        if (requested.compareTo(rules.maxGrant()) > 0) {
            return check("AMOUNT_RANGE", FAIL, () -> "Le montant demandé (" + French.euros(requested) + ") dépasse le "
                    + "maximum d'une subvention ACTE : elle est comprise " + sources.range + "." + sources.amount, details);
        }
        return check("AMOUNT_RANGE", PASS, () -> "Le montant demandé (" + French.euros(requested) + ") est compris "
                + sources.range + "." + sources.amount, details);
    }

    /**
     * Rural or not, from INSEE's grille communale de densité for the main commune (the first listed),
     * unless the Region corrected it; a priority neighbourhood as named and confirmed. Never failing:
     * it says which rate applies and why.
     */
    private Check territoryRate(EligibilityInput.Project project) {
        String main = project.communeCodes().isEmpty() ? null : project.communeCodes().get(0);
        Optional<DensityGrid.Level> level = main == null ? Optional.empty() : territory.densityLevel(main);
        boolean corrected = project.ruralCorrection() != null;
        boolean rural = corrected ? project.ruralCorrection() : level.map(DensityGrid.Level::rural).orElse(false);
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("rural", rural);
        details.put("ruralCorrected", corrected);
        details.put("qpv", project.qpv());
        level.ifPresent(l -> {
            details.put("densityLevel", l.level());
            details.put("densityLabel", l.label());
        });
        String communeName = main == null ? null : territory.commune(main).map(c -> c.name() + " (" + main + ")")
                .orElse(main);
        return check("TERRITORY_RATE", PASS, () -> {
            String grid = main == null ? "Aucune commune principale indiquée"
                    : level.map(l -> "Commune principale " + communeName + " : « " + l.label() + " » (niveau "
                            + l.level() + " de la grille communale de densité de l'INSEE), " + (l.rural()
                            ? "territoire rural" : "pas un territoire rural (niveaux 5 à 7)"))
                    .orElse("Commune principale " + communeName + " : absente de la grille communale de densité");
            String correction = corrected ? " ; qualification corrigée par la Région : " + (rural ? "territoire rural"
                    : "pas un territoire rural") : "";
            String qpv = project.qpv() ? " Quartier prioritaire de la politique de la ville : oui." : "";
            return grid + correction + "." + qpv + " Taux applicable : "
                    + French.percent(rules.rateFor(rural, project.qpv())) + "." + sources.rate;
        }, details);
    }

    private Check rateCap(BigDecimal requested, BigDecimal rate, BigDecimal eligibleBase, BigDecimal rateCeiling,
            boolean rural) {
        Map<String, Object> details = Map.of("rate", rate, "eligibleBase", eligibleBase, "rateCeiling", rateCeiling);
        Supplier<String> cap = () -> {
            String why = rate.compareTo(rules.baseRate()) == 0 ? ""
                    : rural ? ", taux majoré en territoire rural"
                    : ", taux majoré en quartier prioritaire de la politique de la ville";
            return French.percent(rate) + " de l'assiette éligible (" + French.euros(eligibleBase) + why + "), soit "
                    + French.euros(rateCeiling);
        };
        return requested.compareTo(rateCeiling) <= 0
                ? check("RATE_CAP", PASS, () -> "Le montant demandé (" + French.euros(requested) + ") ne dépasse pas "
                        + cap.get() + "." + sources.rate, details)
                : check("RATE_CAP", FAIL, () -> "Le montant demandé (" + French.euros(requested) + ") dépasse "
                        + cap.get() + ". Réduisez la demande ou complétez les dépenses éligibles." + sources.rate, details);
    }

    private Check projectSize(BigDecimal rate, BigDecimal eligibleBase, BigDecimal maxGrant) {
        Map<String, Object> details = Map.of("maxGrant", maxGrant);
        if (maxGrant.compareTo(rules.minGrant()) >= 0) {
            return check("PROJECT_SIZE", PASS, () -> "La subvention peut atteindre " + French.euros(maxGrant) + " ("
                    + French.percent(rate) + " de " + French.euros(eligibleBase) + " de dépenses éligibles, dans la "
                    + "limite de " + French.wholeEuros(rules.maxGrant()) + ")." + sources.amount, details);
        }
        return check("PROJECT_SIZE", FAIL, () -> "Avec " + French.euros(eligibleBase) + " de dépenses éligibles, la "
                + "subvention ne pourrait pas dépasser " + French.euros(maxGrant) + " : c'est moins que le minimum de "
                + French.wholeEuros(rules.minGrant()) + ". Il faut au moins "
                + French.euros(rules.minGrant().divide(rate, 2, RoundingMode.UP)) + " de dépenses éligibles à ce taux ("
                + French.percent(rate) + ")." + sources.amount, details);
    }

    private Check deMinimis(BigDecimal received, BigDecimal requested) {
        BigDecimal total = received.add(requested).setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> details = Map.of("received", received, "total", total, "ceiling", rules.deMinimisCeiling());
        if (total.compareTo(rules.deMinimisCeiling()) <= 0) {
            return check("DE_MINIMIS", PASS, () -> "Avec cette aide, les aides de minimis reçues sur trois ans "
                    + "atteindraient " + French.euros(total) + ", sous le plafond." + sources.deMinimis, details);
        }
        return check("DE_MINIMIS", FAIL, () -> "Avec cette aide, les aides de minimis reçues sur trois ans "
                + "atteindraient " + French.euros(total) + " : au-delà du plafond. Le montant possible est au plus de "
                + French.euros(rules.deMinimisCeiling().subtract(received).max(BigDecimal.ZERO)) + "."
                + sources.deMinimis, details);
    }

    private static Check check(String code, CheckStatus status, Supplier<String> explanation,
            Map<String, Object> details) {
        return new Check(code, status, explanation, details);
    }

    private static List<String> distinct(List<String> values) {
        return values.size() < 2 ? values : values.stream().distinct().toList();
    }

    /** Where each rule comes from, written once per rule set. */
    private static final class Sources {
        final String beneficiaries = " (règlement ACTE : bénéficiaires)";
        final String epciStage = " (règlement ACTE : EPCI en phase d'impulsion ou d'émergence)";
        final String region = " (règlement ACTE : projets menés en Hauts-de-France)";
        final String cooperation = " (règlement ACTE : projets multi-acteurs et multi-partenariaux)";
        final String expenses = " (règlement ACTE : dépenses éligibles par niveau de maturité)";
        final String amount = " (règlement ACTE : montant de l'aide)";
        final String epciPopulation;
        final String range;
        final String rate;
        final String deMinimis;

        Sources(RuleSet rules) {
            epciPopulation = " (règlement ACTE : EPCI de plus de " + French.number(rules.epciPopulationAbove())
                    + " habitants, population totale INSEE)";
            range = "entre " + French.wholeEuros(rules.minGrant()) + " et " + French.wholeEuros(rules.maxGrant());
            rate = " (règlement ACTE : " + French.percent(rules.baseRate()) + " des dépenses éligibles, "
                    + French.percent(rules.enhancedRate()) + " en territoire rural ou en quartier prioritaire)";
            deMinimis = " (règlement (UE) 2023/2831, aides de minimis : " + French.wholeEuros(rules.deMinimisCeiling())
                    + " sur trois ans)";
        }
    }
}
