package fr.hautsdefrance.acte.stack;

/** The four ACTE services, their fixed local ports and the database each one owns. */
public enum Service {
    APPLICATION("application-service", 8080, "acte_application"),
    ELIGIBILITY("eligibility-service", 8081, "acte_eligibility"),
    PAYMENT("payment-service", 8082, "acte_payment"),
    NOTIFICATION("notification-service", 8083, "acte_notification");

    private final String module;
    private final int localPort;
    private final String database;

    Service(String module, int localPort, String database) {
        this.module = module;
        this.localPort = localPort;
        this.database = database;
    }

    /** The Maven module, also the service's name in logs, images and manifests. */
    public String module() {
        return module;
    }

    public int localPort() {
        return localPort;
    }

    public String database() {
        return database;
    }
}
