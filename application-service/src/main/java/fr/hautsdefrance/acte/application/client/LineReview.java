package fr.hautsdefrance.acte.application.client;

import java.math.BigDecimal;

/**
 * The officer's decision on one line of a payment request's expense statement: ACCEPTED (with the
 * amount retained, none meaning the realised one) or REJECTED (with the reason in {@code comment}).
 */
public record LineReview(String decision, BigDecimal acceptedAmount, String comment) {
}
