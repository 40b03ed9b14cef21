package fr.hautsdefrance.acte.application.domain.organisation;

/**
 * The claim was decided already (verified or rejected): it can no longer be verified. It carries the
 * status, which the service names from its message bundle; the message here does without it.
 */
public class ClaimDecidedException extends OrganisationRuleException {

    private final ClaimStatus status;

    public ClaimDecidedException(ClaimStatus status) {
        super("Cette demande n'est plus en attente de vérification : elle ne peut plus être vérifiée.");
        this.status = status;
    }

    public ClaimStatus status() {
        return status;
    }
}
