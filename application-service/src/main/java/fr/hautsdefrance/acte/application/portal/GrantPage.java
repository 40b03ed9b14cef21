package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.web.problem.Problem;

import java.util.Arrays;
import java.util.List;

/**
 * What the Versements page shows: the file, its grant as payment-service keeps it (null while it is
 * being opened or when payment-service cannot be reached, {@code unavailable} then says so), the
 * forms as typed when one was refused, and a fresh idempotency key in each payment request form.
 */
public record GrantPage(Application application, GrantDetails grant, String unavailable, String notice,
        List<Problem.FieldError> errors, FormData bankForm, String statementKind,
        List<PaymentForms.StatementRow> rows, String advanceKey, String statementKey) {

    /** What was typed in the bank details form, to show it again; empty on a fresh page. */
    public String bank(String field) {
        return bankForm == null ? "" : bankForm.text(field);
    }

    /** The categories the grant does not fund at the project's stage: they may be declared, they are not paid. */
    public List<ExpenseCategory> otherCategories() {
        return Arrays.stream(ExpenseCategory.values()).filter(c -> grant == null || !grant.eligibleCategories().contains(c))
                .toList();
    }
}
