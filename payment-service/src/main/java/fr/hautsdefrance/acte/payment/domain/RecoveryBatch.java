package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A bordereau of titres de recette for the public accountant (PES_RecetteAller), numbered within its exercise. */
@Entity
@Table(name = "recovery_batch")
public class RecoveryBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    /** NomFic of the PES file. */
    @Column(name = "file_name", nullable = false, unique = true, updatable = false)
    public String fileName;

    @Column(nullable = false, updatable = false)
    public int exercise;

    @Column(name = "bordereau_number", nullable = false, updatable = false)
    public int bordereauNumber;

    @Column(name = "issued_on", nullable = false, updatable = false)
    public LocalDate issuedOn;

    @Column(name = "number_of_titres", nullable = false, updatable = false)
    public int numberOfTitres;

    @Column(nullable = false, updatable = false)
    public BigDecimal total;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    protected RecoveryBatch() {
    }

    public static RecoveryBatch of(int exercise, int number, LocalDate issuedOn, int titres, BigDecimal total,
            String createdBy, OffsetDateTime now) {
        RecoveryBatch batch = new RecoveryBatch();
        batch.id = UUID.randomUUID();
        batch.exercise = exercise;
        batch.bordereauNumber = number;
        batch.fileName = "ACTE-PESREC-" + exercise + "-" + String.format("%07d", number);
        batch.issuedOn = issuedOn;
        batch.numberOfTitres = titres;
        batch.total = MoneyRules.euros(total);
        batch.createdBy = createdBy;
        batch.createdAt = now;
        return batch;
    }
}
