package fr.hautsdefrance.acte.eligibility.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Stream;

import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.FAIL;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.PASS;
import static fr.hautsdefrance.acte.eligibility.domain.CheckStatus.WARN;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.association;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.check;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.epci;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.euros;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.grouping;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.LENS;
import static fr.hautsdefrance.acte.eligibility.domain.Rules.status;
import static org.assertj.core.api.Assertions.assertThat;

class RuleEngineTest {

    @Test
    void an_association_emergence_project_within_every_limit_is_eligible_with_every_check_explained() {
        Verdict verdict = association().assess();

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.ruleSet()).isEqualTo("acte-2026.1");
        assertThat(verdict.eligibleBase()).isEqualByComparingTo("60000.00");
        assertThat(verdict.rate()).isEqualByComparingTo("0.5");
        assertThat(verdict.maxGrant()).isEqualTo(euros("30000.00"));
        assertThat(verdict.checks()).extracting(Check::code).containsExactly("APPLICANT_TYPE", "REGION",
                "COOPERATION", "ELIGIBLE_EXPENSES", "AMOUNT_RANGE", "TERRITORY_RATE", "RATE_CAP", "PROJECT_SIZE",
                "DE_MINIMIS");
        assertThat(verdict.checks()).allSatisfy(c -> assertThat(c.message()).contains("règlement"));
        assertThat(check(verdict, "RATE_CAP").message())
                .isEqualTo("Le montant demandé (30\u00a0000,00\u00a0€) ne dépasse pas 50\u00a0% de l'assiette "
                        + "éligible (60\u00a0000,00\u00a0€), soit 30\u00a0000,00\u00a0€. (règlement ACTE : 50\u00a0% des "
                        + "dépenses éligibles, 60\u00a0% en territoire rural ou en quartier prioritaire)");
    }

    @Nested
    class Amount {

        @ParameterizedTest(name = "{0} € requested → AMOUNT_RANGE {1}")
        @CsvSource({"14999.99, FAIL", "15000.00, PASS", "60000.00, PASS", "60000.01, FAIL"})
        void the_request_must_lie_between_15_000_and_60_000_euros(String requested, CheckStatus expected) {
            Verdict verdict = association().onlyExpense(ExpenseCategory.OPERATING, "200000.00").requesting(requested)
                    .assess();

            assertThat(status(verdict, "AMOUNT_RANGE")).isEqualTo(expected);
            assertThat(verdict.eligible()).isEqualTo(expected == PASS);
        }

        @ParameterizedTest(name = "base {0} €, rural {1}, QPV {2} → rate {3}, max {4} €")
        @CsvSource({
                "60000.00,  false, false, 0.50, 30000.00",
                "60000.00,  true,  false, 0.60, 36000.00",
                "60000.00,  false, true,  0.60, 36000.00",
                "60000.00,  true,  true,  0.60, 36000.00",
                "200000.00, false, false, 0.50, 60000.00",
                "100000.00, true,  false, 0.60, 60000.00",
                "33333.33,  false, false, 0.50, 16666.66",
                "33333.33,  false, true,  0.60, 19999.99"})
        void the_maximum_grant_is_the_rate_of_the_eligible_base_capped_at_60_000_and_rounded_down_to_the_cent(
                String base, boolean rural, boolean qpv, String rate, String maxGrant) {
            Rules.Input input = association().onlyExpense(ExpenseCategory.OPERATING, base).requesting("15000.00");
            if (rural) {
                input.rural();
            }
            if (qpv) {
                input.qpv();
            }
            Verdict verdict = input.assess();

            assertThat(verdict.rate()).isEqualByComparingTo(rate);
            assertThat(verdict.maxGrant()).isEqualTo(euros(maxGrant));
        }

        @ParameterizedTest(name = "{0} € asked on 60 000 € at 50 % → RATE_CAP {1}")
        @CsvSource({"30000.00, PASS", "30000.01, FAIL"})
        void the_request_may_not_exceed_the_rate_of_the_eligible_base(String requested, CheckStatus expected) {
            assertThat(status(association().requesting(requested).assess(), "RATE_CAP")).isEqualTo(expected);
        }

        @Test
        void the_enhanced_rate_allows_60_percent_in_a_priority_neighbourhood() {
            Verdict verdict = association().qpv().requesting("36000.00").assess();

            assertThat(status(verdict, "RATE_CAP")).isEqualTo(PASS);
            assertThat(check(verdict, "RATE_CAP").message()).contains("taux majoré en quartier prioritaire");
        }

        @Test
        void a_project_whose_main_commune_is_rural_in_the_density_grid_gets_60_percent_without_declaring_it() {
            // Arrancy (02024): « Rural à habitat très dispersé », level 7; Lens (62498): level 1.
            Verdict rural = association().communes("02024", LENS).assess();
            Verdict urban = association().communes(LENS, "02024").assess();

            assertThat(rural.rate()).isEqualByComparingTo("0.60");
            assertThat(check(rural, "TERRITORY_RATE").message()).contains("Arrancy (02024)", "niveau 7",
                    "territoire rural", "Taux applicable : 60");
            assertThat(check(rural, "TERRITORY_RATE").details()).containsEntry("densityLevel", 7)
                    .containsEntry("rural", true);
            assertThat(urban.rate()).isEqualByComparingTo("0.50");
            assertThat(check(urban, "TERRITORY_RATE").message()).contains("Grands centres urbains",
                    "pas un territoire rural");
        }

        @Test
        void every_commune_of_the_region_has_a_level_in_the_density_grid() {
            assertThat(Rules.REFERENCE.territory().communesWithoutDensityLevel()).isEmpty();
            assertThat(Rules.REFERENCE.territory().densityLevel("80021")).hasValueSatisfying(level -> {
                assertThat(level.level()).isEqualTo(1);
                assertThat(level.rural()).isFalse();
            });
        }

        @Test
        void the_regions_correction_of_the_rural_qualification_overrides_the_grid_and_the_rate_follows() {
            Verdict corrected = association().communes("02024").ruralCorrectedTo(false).assess();
            Verdict declaredRuralInTown = association().ruralCorrectedTo(true).assess();

            assertThat(corrected.rate()).isEqualByComparingTo("0.50");
            assertThat(check(corrected, "TERRITORY_RATE").message()).contains("corrigée par la Région");
            assertThat(declaredRuralInTown.rate()).isEqualByComparingTo("0.60");
        }

        @ParameterizedTest(name = "eligible base {0} € → maxGrant {1} €, PROJECT_SIZE {2}")
        @CsvSource({"29999.98, 14999.99, FAIL", "30000.00, 15000.00, PASS"})
        void a_project_whose_maximum_grant_is_under_15_000_is_too_small(String base, String maxGrant,
                CheckStatus expected) {
            Verdict verdict = association().onlyExpense(ExpenseCategory.OPERATING, base).requesting("15000.00").assess();

            assertThat(verdict.maxGrant()).isEqualTo(euros(maxGrant));
            assertThat(status(verdict, "PROJECT_SIZE")).isEqualTo(expected);
            if (expected == FAIL) {
                assertThat(check(verdict, "PROJECT_SIZE").message()).contains("30\u00a0000,00\u00a0€ de dépenses éligibles");
            }
        }
    }

    @Nested
    class Expenses {

        static Stream<Arguments> everyStageAndCategory() {
            Set<String> eligible = Set.of(
                    "EMERGENCE/OPERATING", "EMERGENCE/EXTERNAL_SERVICES",
                    "STRUCTURATION/ANIMATION_ENGINEERING", "STRUCTURATION/EXPERIMENTATION_CAPITALISATION",
                    "DEVELOPMENT/ANIMATION_ENGINEERING", "DEVELOPMENT/EXPERIMENTATION_CAPITALISATION",
                    "SWARMING/OPERATING", "SWARMING/EXTERNAL_SERVICES", "SWARMING/TRANSFER_SWARMING",
                    "SWARMING/DISSEMINATION");
            return Stream.of(Stage.values()).flatMap(stage -> Stream.of(ExpenseCategory.values())
                    .map(category -> Arguments.of(stage, category, eligible.contains(stage + "/" + category))));
        }

        @ParameterizedTest(name = "{0} × {1} → eligible {2}")
        @MethodSource("everyStageAndCategory")
        void each_stage_counts_only_its_own_expense_categories_in_the_eligible_base(Stage stage,
                ExpenseCategory category, boolean eligible) {
            Verdict verdict = association().stage(stage).onlyExpense(ExpenseCategory.OTHER, "1000.00")
                    .plusExpense(category, "50000.00").requesting("15000.00").assess();

            assertThat(verdict.eligibleBase()).isEqualByComparingTo(eligible ? "50000.00" : "0.00");
            assertThat(status(verdict, "ELIGIBLE_EXPENSES")).isEqualTo(WARN);
        }

        @Test
        void an_ineligible_line_stays_in_the_budget_is_reported_and_does_not_make_the_file_ineligible() {
            Verdict verdict = association().plusExpense(ExpenseCategory.INVESTMENT, "12000.00").assess();

            assertThat(verdict.eligible()).isTrue();
            assertThat(verdict.eligibleBase()).isEqualByComparingTo("60000.00");
            Check expenses = check(verdict, "ELIGIBLE_EXPENSES");
            assertThat(expenses.status()).isEqualTo(WARN);
            assertThat(expenses.message()).contains("1 ligne(s)", "12\u00a0000,00\u00a0€", "investissement",
                    "frais de fonctionnement du projet");
        }
    }

    @Nested
    class Beneficiaries {

        @ParameterizedTest
        @EnumSource(value = LegalForm.class, names = {"ASSOCIATION", "COOPERATIVE", "MUTUAL", "FOUNDATION",
                "ESS_COMMERCIAL_COMPANY"})
        void ess_enterprises_may_apply(LegalForm form) {
            assertThat(status(association().legalForm(form).assess(), "APPLICANT_TYPE")).isEqualTo(PASS);
        }

        @Test
        void a_commercial_company_without_ess_status_may_not_and_is_told_how_it_could() {
            Check check = check(association().legalForm(LegalForm.COMMERCIAL_COMPANY).assess(), "APPLICANT_TYPE");

            assertThat(check.status()).isEqualTo(FAIL);
            assertThat(check.message()).contains("agrément ESUS");
        }

        @Test
        void an_epci_of_more_than_15_000_inhabitants_is_eligible_at_emergence() {
            Verdict verdict = epci(Rules.LENS_LIEVIN).assess();

            assertThat(verdict.eligible()).isTrue();
            assertThat(check(verdict, "EPCI_POPULATION").message()).contains("CA de Lens - Liévin", "244\u00a0474");
            assertThat(verdict.checks()).extracting(Check::code).doesNotContain("DE_MINIMIS");
        }

        @Test
        void cc_du_pays_solesmois_with_14_871_inhabitants_is_too_small_alone() {
            Check check = check(epci(Rules.PAYS_SOLESMOIS).assess(), "EPCI_POPULATION");

            assertThat(check.status()).isEqualTo(FAIL);
            assertThat(check.message()).contains("14\u00a0871", "plus de 15\u00a0000", "groupement");
        }

        @Test
        void two_small_epci_grouped_above_15_000_inhabitants_are_eligible() {
            Verdict verdict = grouping(Rules.PAYS_SOLESMOIS, Rules.PAYS_DE_LA_SERRE).assess();

            assertThat(verdict.eligible()).isTrue();
            assertThat(check(verdict, "EPCI_POPULATION").details()).containsEntry("population", 29_479L);
        }

        @Test
        void a_grouping_still_under_15_000_inhabitants_is_not() {
            assertThat(status(grouping(Rules.CHEMIN_DES_DAMES, Rules.CANTON_OULCHY).assess(), "EPCI_POPULATION"))
                    .isEqualTo(FAIL);
        }

        @Test
        void an_epci_of_another_region_is_not_eligible() {
            Verdict verdict = epci(Rules.FAUCIGNY_GLIERES).assess();

            assertThat(status(verdict, "APPLICANT_TYPE")).isEqualTo(FAIL);
            assertThat(check(verdict, "APPLICANT_TYPE").message()).contains(Rules.FAUCIGNY_GLIERES);
            assertThat(verdict.eligible()).isFalse();
        }

        @Test
        void a_grouping_with_a_member_from_another_region_is_not_eligible() {
            Check check = check(grouping(Rules.LENS_LIEVIN, Rules.FAUCIGNY_GLIERES).assess(), "APPLICANT_TYPE");

            assertThat(check.status()).isEqualTo(FAIL);
            assertThat(check.details()).containsEntry("notEpciOfTheRegion", java.util.List.of(Rules.FAUCIGNY_GLIERES));
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"STRUCTURATION", "DEVELOPMENT", "SWARMING"})
        void an_epci_is_eligible_only_at_emergence(Stage stage) {
            Verdict verdict = epci(Rules.HENIN_CARVIN).stage(stage).assess();

            assertThat(status(verdict, "EPCI_STAGE")).isEqualTo(FAIL);
            assertThat(verdict.eligible()).isFalse();
        }

        @Test
        void an_undertaking_must_stay_under_the_de_minimis_ceiling() {
            assertThat(status(association().deMinimisReceived("270000.00").assess(), "DE_MINIMIS")).isEqualTo(PASS);
            Check over = check(association().deMinimisReceived("270000.01").assess(), "DE_MINIMIS");
            assertThat(over.status()).isEqualTo(FAIL);
            assertThat(over.message()).contains("29\u00a0999,99\u00a0€");
        }
    }

    @Nested
    class Project {

        @Test
        void a_project_outside_hauts_de_france_is_not_eligible() {
            Check check = check(association().communes(Rules.LENS, "75056").assess(), "REGION");

            assertThat(check.status()).isEqualTo(FAIL);
            assertThat(check.message()).contains("75056");
        }

        @Test
        void a_project_must_name_its_communes() {
            assertThat(status(association().communes().assess(), "REGION")).isEqualTo(FAIL);
        }

        @Test
        void the_region_check_names_the_communes_it_recognised() {
            assertThat(check(association().assess(), "REGION").message()).contains("(Lens)");
        }

        @Test
        void cooperation_needs_two_partners_of_two_categories() {
            EligibilityInput.Partner mairie = new EligibilityInput.Partner("Mairie", PartnerCategory.PUBLIC_AUTHORITY);
            EligibilityInput.Partner agglo = new EligibilityInput.Partner("Agglo", PartnerCategory.PUBLIC_AUTHORITY);
            EligibilityInput.Partner habitants = new EligibilityInput.Partner("Habitants", PartnerCategory.INHABITANTS);

            assertThat(status(association().partners(mairie).assess(), "COOPERATION")).isEqualTo(FAIL);
            assertThat(status(association().partners(mairie, agglo).assess(), "COOPERATION")).isEqualTo(FAIL);
            assertThat(status(association().partners(mairie, habitants).assess(), "COOPERATION")).isEqualTo(PASS);
        }
    }

    @Test
    void eligible_exactly_when_no_check_fails() {
        Verdict warnOnly = association().plusExpense(ExpenseCategory.OTHER, "10.00").assess();
        Verdict oneFail = association().requesting("30000.01").assess();

        assertThat(warnOnly.checks()).extracting(Check::status).contains(WARN).doesNotContain(FAIL);
        assertThat(warnOnly.eligible()).isTrue();
        assertThat(oneFail.checks()).extracting(Check::status).containsOnlyOnce(FAIL);
        assertThat(oneFail.eligible()).isFalse();
        assertThat(oneFail.maxGrant()).isEqualTo(new BigDecimal("30000.00"));
    }
}
