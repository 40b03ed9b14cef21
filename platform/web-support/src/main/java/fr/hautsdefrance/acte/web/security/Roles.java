package fr.hautsdefrance.acte.web.security;

/** The realm roles (deploy/keycloak/acte-realm.json), as {@code @RolesAllowed} names. */
public final class Roles {

    /** Porteur de projet: a member of an applicant organisation. */
    public static final String APPLICANT = "applicant";
    /** Chargé·e de mission: instructs applications. */
    public static final String OFFICER = "officer";
    /** Responsable: committee sessions and decisions. */
    public static final String MANAGER = "manager";
    /** Gestionnaire financier: payment orders. */
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
