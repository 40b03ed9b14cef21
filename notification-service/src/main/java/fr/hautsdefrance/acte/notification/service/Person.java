package fr.hautsdefrance.acte.notification.service;

/** Someone to tell: an OIDC subject, and the address and name the event gave, if any. */
public record Person(String subject, String email, String name) {

    public Person {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A person to tell needs a subject");
        }
    }
}
