package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.PaymentKind;
import io.quarkus.qute.TemplateData;

/**
 * A line of a grant's schedule as a message shows it ({@code msg:plannedPayment}): the payment, and
 * its planned amount in French, or none when the amount will come from a statement of expenses.
 */
@TemplateData
public record ScheduleLine(PaymentKind kind, Integer sequence, String plannedAmount) {
}
