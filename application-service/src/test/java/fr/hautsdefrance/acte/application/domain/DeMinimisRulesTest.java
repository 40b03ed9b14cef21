package fr.hautsdefrance.acte.application.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The de minimis declaration: aid by aid, the rolling three years summed, certified before the deposit. */
class DeMinimisRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void only_the_aid_of_the_three_years_that_end_on_the_day_counts() {
        Application file = Files.submitted();
        file.declareDeMinimis(List.of(
                new DeMinimisAid("Département", TODAY.minusYears(3), new BigDecimal("40000.00"), "(UE) 1407/2013"),
                new DeMinimisAid("Agglomération", TODAY.minusYears(3).plusDays(1), new BigDecimal("25000.00"), null),
                new DeMinimisAid("Commune", TODAY, new BigDecimal("5000.50"), "(UE) 2023/2831")), true, TODAY);

        assertThat(file.deMinimisReceived()).isEqualByComparingTo("30000.50");
        assertThat(file.deMinimisReceivedWithinThreeYearsOf(TODAY.plusYears(1))).as("a year later, one aid left")
                .isEqualByComparingTo("5000.50");
    }

    @Test
    void an_undertaking_must_certify_its_declaration_an_epci_need_not() {
        Application file = Files.submitted();
        file.declareDeMinimis(List.of(), false, TODAY);

        assertThat(file.submissionProblems(Set.copyOf(DocumentType.requiredFor(ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION)), DocumentType::name)).extracting(IncompleteApplicationException.Missing::field)
                .containsExactly("deMinimisCertified");
        Application epciFile = Files.completeDraft(Files.epci());
        epciFile.declareDeMinimis(List.of(), false, TODAY);
        assertThat(epciFile.submissionProblems(Set.copyOf(DocumentType.requiredFor(ApplicantType.EPCI, null)), DocumentType::name))
                .extracting(IncompleteApplicationException.Missing::field).doesNotContain("deMinimisCertified");
    }
}
