package fr.hautsdefrance.acte.application.domain;

public enum ApplicantType {
    ESS_ENTERPRISE, EPCI, EPCI_GROUPING
}
