package fr.hautsdefrance.acte.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One member of an applicant organisation: an OIDC subject, with the address and name published. */
@Embeddable
public class OrganisationContact {

    @Column(nullable = false)
    private String subject;

    @Column(length = 320)
    private String email;

    @Column(length = 300)
    private String name;

    protected OrganisationContact() {
    }

    public OrganisationContact(String subject, String email, String name) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A member needs a subject");
        }
        this.subject = subject;
        this.email = email;
        this.name = name;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationContact contact && subject.equals(contact.subject)
                && Objects.equals(email, contact.email) && Objects.equals(name, contact.name);
    }

    @Override
    public int hashCode() {
        return subject.hashCode();
    }
}
