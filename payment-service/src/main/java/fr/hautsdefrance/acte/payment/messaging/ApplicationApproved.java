package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.payment.domain.ExpenseCategory;
import fr.hautsdefrance.acte.payment.domain.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of {@code application.approved}: what opens the grant account.
 *
 * @param rate                the scheme's ceiling rate at the assessment (50 % or 60 %), not the voted one
 * @param eligibleBase        the planned eligible base as assessed; events written before
 *                            {@code plannedEligibleBase} existed carry only this one
 * @param plannedEligibleBase the planned eligible base the award was voted on (null in older events)
 * @param votedRate           award ÷ planned eligible base, as a rounded number (null in older events)
 * @param officer             the officer instructing the file (null in older events)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationApproved(File file, Decision decision, BigDecimal awardedAmount,
        BigDecimal rate, BigDecimal eligibleBase, BigDecimal plannedEligibleBase, BigDecimal votedRate,
        Beneficiary beneficiary, List<PlannedExpense> plannedExpenses, Contact officer) {

    /** The base the vote was made on: the explicit field, else (older events) the assessed eligible base. */
    public BigDecimal plannedBase() {
        return plannedEligibleBase != null ? plannedEligibleBase : eligibleBase;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName, UUID callId, Stage stage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String subject, String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String deliberationNumber, LocalDate decidedAt, UUID committeeSessionId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Beneficiary(UUID organisationId, String name, String siren, String siret, String rna,
            String addressLine, String postcode, String communeCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlannedExpense(ExpenseCategory category, BigDecimal amount) {
    }
}
