package fr.hautsdefrance.acte.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** The grantor's identity in the SCDL open-data export (décret 2017-779). */
@ConfigMapping(prefix = "acte.opendata")
public interface OpenDataConfig {

    @WithDefault("Région Hauts-de-France")
    String grantorName();

    /** SIRET of the Region's head office. */
    @WithDefault("20005376700014")
    String grantorSiret();

    /** Grants above this amount must be published. */
    @WithDefault("23000.00")
    BigDecimal publicationThreshold();

    @WithDefault("ACTE — Accélérateur de Coopérations Territoriales Économiques")
    String schemeName();
}
