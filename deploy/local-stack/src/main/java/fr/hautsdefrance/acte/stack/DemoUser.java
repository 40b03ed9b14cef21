package fr.hautsdefrance.acte.stack;

/** The demo accounts of deploy/keycloak/acte-realm.json; each password equals its login. */
public enum DemoUser {
    PORTEUR("porteur", "applicant — association « Les Jardins du Bassin minier »"),
    PORTEUSE("porteuse", "applicant — another organisation (for access checks)"),
    INSTRUCTEUR("instructeur", "officer (chargé·e de mission)"),
    RESPONSABLE("responsable", "manager (responsable) — committee and decisions"),
    FINANCE("finance", "finance officer (gestionnaire financier)"),
    FINANCE2("finance2", "second finance officer (four-eyes approvals)"),
    ADMIN("admin", "platform administrator");

    private final String login;
    private final String description;

    DemoUser(String login, String description) {
        this.login = login;
        this.description = description;
    }

    public String login() {
        return login;
    }

    public String password() {
        return login;
    }

    public String description() {
        return description;
    }
}
