package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An actor of the cooperation besides the applicant (partenaire de la coopération). */
@Embeddable
public class Partner {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerCategory category;

    protected Partner() {
    }

    public Partner(String name, PartnerCategory category) {
        this.name = name;
        this.category = category;
    }
}
