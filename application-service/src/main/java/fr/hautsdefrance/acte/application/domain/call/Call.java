package fr.hautsdefrance.acte.application.domain.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A call for projects (appel à projets): ACTE's permanent call, or a thematic call with dates. */
@Entity
@Table(name = "call")
public class Call extends PanacheEntityBase {

    /** The permanent ACTE call, created with the schema. */
    public static final UUID PERMANENT = UUID.fromString("00000000-0000-0000-0000-00000000ac7e");

    public enum Kind { PERMANENT, THEMATIC }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "opens_at")
    public OffsetDateTime opensAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    public BigDecimal envelope;

    @Column(name = "rule_set_version", nullable = false)
    public String ruleSetVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    protected Call() {
    }

    public static Call thematic(String name, OffsetDateTime opensAt, OffsetDateTime closesAt, BigDecimal envelope,
            String ruleSetVersion, OffsetDateTime now) {
        Call call = new Call();
        call.id = UUID.randomUUID();
        call.name = name;
        call.kind = Kind.THEMATIC;
        call.opensAt = opensAt;
        call.closesAt = closesAt;
        call.envelope = envelope;
        call.ruleSetVersion = ruleSetVersion;
        call.createdAt = now;
        return call;
    }

    public boolean isOpenAt(OffsetDateTime at) {
        return (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }
}
