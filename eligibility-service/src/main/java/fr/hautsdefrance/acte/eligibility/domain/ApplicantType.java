package fr.hautsdefrance.acte.eligibility.domain;

public enum ApplicantType {
    ESS_ENTERPRISE, EPCI, EPCI_GROUPING
}
