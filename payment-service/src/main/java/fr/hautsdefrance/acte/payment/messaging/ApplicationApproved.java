package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.payment.domain.ExpenseCategory;
import fr.hautsdefrance.acte.payment.domain.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This service's reading of {@code application.approved}: what opens the grant account. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationApproved(File file, List<Contact> contacts, Decision decision, BigDecimal awardedAmount,
        BigDecimal rate, BigDecimal eligibleBase, Beneficiary beneficiary, List<PlannedExpense> plannedExpenses) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName, Stage stage) {
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
