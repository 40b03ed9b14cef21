package fr.hautsdefrance.acte.eligibility.domain;

public enum CheckStatus {
    PASS, FAIL, WARN
}
