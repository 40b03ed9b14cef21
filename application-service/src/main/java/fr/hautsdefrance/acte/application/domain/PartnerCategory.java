package fr.hautsdefrance.acte.application.domain;

public enum PartnerCategory {
    ESS, COMPANY, PUBLIC_AUTHORITY, INHABITANTS, RESEARCH_EDUCATION
}
