package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;

/**
 * This service's reading of {@code application.agreement-signed}: the advance becomes payable. Who acts
 * for the grant comes from the organisation's contacts record, not from this event.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementSigned(ApplicationApproved.File file, String deliberationNumber, OffsetDateTime signedAt, String signedBy, String signerName) {
}
