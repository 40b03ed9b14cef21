package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** One version of the ACTE rules as eligibility-service publishes it, as far as this service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSetInfo(String version, LocalDate effectiveFrom) {
}
