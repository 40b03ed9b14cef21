package fr.hautsdefrance.acte.eligibility.domain;

public enum PartnerCategory {
    ESS, COMPANY, PUBLIC_AUTHORITY, INHABITANTS, RESEARCH_EDUCATION
}
