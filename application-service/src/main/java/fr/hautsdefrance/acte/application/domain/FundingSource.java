package fr.hautsdefrance.acte.application.domain;

/** Where a resource of the financing plan comes from (ligne de recette / cofinancement). */
public enum FundingSource {
    REGION_ACTE,
    STATE,
    EUROPEAN_UNION,
    DEPARTMENT,
    EPCI,
    MUNICIPALITY,
    FOUNDATION,
    PRIVATE,
    OWN_FUNDS,
    OTHER
}
