package fr.hautsdefrance.acte.application.domain.organisation;

/** An organisation whose identity its own rules refuse: the field names what to correct. */
public class InvalidOrganisationException extends OrganisationRuleException {

    private final String field;

    public InvalidOrganisationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
