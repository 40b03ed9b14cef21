package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.application.domain.ExpenseCategory;

import java.math.BigDecimal;
import java.util.List;

/** A payment request: ADVANCE without lines, INSTALMENT or BALANCE with the expense statement. */
public record PaymentRequest(String kind, List<Line> lines) {

    public record Line(ExpenseCategory category, String label, BigDecimal realisedAmount,
            List<String> supportingDocuments) {
    }

    public static PaymentRequest advance() {
        return new PaymentRequest("ADVANCE", null);
    }
}
