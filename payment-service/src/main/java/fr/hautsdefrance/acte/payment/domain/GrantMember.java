package fr.hautsdefrance.acte.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the beneficiary organisation, as application-service last reported them: who may act for the grant. */
@Embeddable
public class GrantMember {

    @Column(nullable = false)
    public String subject;

    public String email;

    public String name;

    protected GrantMember() {
    }

    public GrantMember(String subject, String email, String name) {
        this.subject = subject;
        this.email = email;
        this.name = name;
    }
}
