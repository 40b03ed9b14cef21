package fr.hautsdefrance.acte.application.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * This service's reading of the payment events ({@code payment.*}, {@code grant.lapsed}): only what
 * the file shows. Fields an event does not carry stay null.
 *
 * @param amount      for {@code payment.recovery-issued}: the sum claimed back
 * @param finalAmount the grant as earned on the realised expenses, once the balance fixed it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentReport(Grant grant, Payment payment, BigDecimal totalPaid, Boolean grantClosed,
        BigDecimal finalAmount, BigDecimal amount) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(UUID applicationId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(UUID paymentId, String kind, int sequence, String label, String status, BigDecimal amount) {
    }
}
