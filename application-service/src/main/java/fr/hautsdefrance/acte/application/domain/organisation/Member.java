package fr.hautsdefrance.acte.application.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.OffsetDateTime;

/** A person (OIDC subject) acting for an organisation, with the contact details notices go to. */
@Embeddable
public class Member {

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(name = "joined_at", nullable = false)
    public OffsetDateTime joinedAt;

    protected Member() {
    }

    public Member(String subject, String email, String displayName, MemberRole role, OffsetDateTime joinedAt) {
        this.subject = subject;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.joinedAt = joinedAt;
    }
}
