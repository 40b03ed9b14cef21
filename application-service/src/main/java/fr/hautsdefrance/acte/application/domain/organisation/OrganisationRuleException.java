package fr.hautsdefrance.acte.application.domain.organisation;

/** A membership change the organisation's rules refuse (e.g. removing its last owner). */
public class OrganisationRuleException extends RuntimeException {

    public OrganisationRuleException(String message) {
        super(message);
    }
}
