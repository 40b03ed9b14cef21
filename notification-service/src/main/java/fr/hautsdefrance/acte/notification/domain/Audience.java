package fr.hautsdefrance.acte.notification.domain;

/** Who a message is for: it decides the channels and whether the person may defer it to a digest. */
public enum Audience {
    /** Members of the applicant organisation: their messages are sent at once and cannot be switched off. */
    APPLICANT,
    /** The officer instructing the file: immediate e-mails or a daily digest, as they chose. */
    OFFICER,
    /** The managers' functional mailbox. */
    MANAGERS,
    /** The finance team's functional mailbox. */
    FINANCE;

    public boolean isTeam() {
        return this == MANAGERS || this == FINANCE;
    }
}
