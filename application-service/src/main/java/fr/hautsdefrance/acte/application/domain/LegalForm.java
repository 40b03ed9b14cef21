package fr.hautsdefrance.acte.application.domain;

public enum LegalForm {
    ASSOCIATION, COOPERATIVE, MUTUAL, FOUNDATION, ESS_COMMERCIAL_COMPANY, COMMERCIAL_COMPANY, LOCAL_AUTHORITY
}
