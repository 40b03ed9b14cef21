package fr.hautsdefrance.acte.application.domain;

/** The outcome of one of the rules' checks, as eligibility-service sends it. */
public enum CheckStatus {
    PASS,
    WARN,
    FAIL
}
