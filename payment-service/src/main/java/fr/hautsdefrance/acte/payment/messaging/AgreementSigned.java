package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.List;

/** This service's reading of {@code application.agreement-signed}: the advance becomes payable. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementSigned(ApplicationApproved.File file, List<ApplicationApproved.Contact> contacts,
        String deliberationNumber, OffsetDateTime signedAt, String signedBy, String signerName) {
}
