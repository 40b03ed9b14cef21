package fr.hautsdefrance.acte.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who publishes and hosts the portal and who answers for personal data: the legal notice
 * (LCEN art. 6) and the personal data page (RGPD art. 13) print them. A deployment sets the host
 * it really runs on.
 */
@ConfigMapping(prefix = "acte.legal")
public interface LegalConfig {

    @WithDefault("Région Hauts-de-France")
    String publisherName();

    @WithDefault("151 avenue du Président Hoover, 59555 Lille Cedex")
    String publisherAddress();

    @WithDefault("03 74 27 00 00")
    String publisherPhone();

    @WithDefault("le Président du Conseil régional des Hauts-de-France")
    String publicationDirector();

    /** The hosting provider's name, address and telephone (LCEN art. 6, III, 1°). */
    @WithDefault("Région Hauts-de-France, direction des systèmes d'information, 151 avenue du Président Hoover, 59555 Lille Cedex")
    String host();

    /** Where a person writes to the data protection officer. */
    @WithDefault("dpo@hautsdefrance.fr")
    String dataProtectionOfficerEmail();

    @WithDefault("Délégué à la protection des données, Région Hauts-de-France, 151 avenue du Président Hoover, 59555 Lille Cedex")
    String dataProtectionOfficerAddress();

    /** The service that answers applicants' questions on the scheme. */
    @WithDefault("acte@hautsdefrance.fr")
    String contactEmail();
}
