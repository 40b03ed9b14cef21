package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The beneficiary's bank details (RIB) for a grant. Changing the account paid is the classic fraud
 * on public payers: details are only used once a finance officer other than the person who entered
 * them has validated them, and the database refuses the same person on both sides.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    public UUID grantId;

    // The details never change once entered (a change is new details, validated again); the only
    // update they get is their erasure when the retention period has run (erase()).
    @Column(name = "holder_name")
    public String holderName;

    @Column(nullable = false)
    public String iban;

    @Column
    public String bic;

    @Column(name = "street_name")
    public String streetName;

    @Column(name = "building_number")
    public String buildingNumber;

    @Column(name = "post_code")
    public String postCode;

    @Column(name = "town_name")
    public String townName;

    @Column(nullable = false, updatable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BankAccountStatus status;

    @Column(name = "entered_by", nullable = false, updatable = false)
    public String enteredBy;

    @Column(name = "entered_by_name", updatable = false)
    public String enteredByName;

    @Column(name = "entered_at", nullable = false, updatable = false)
    public OffsetDateTime enteredAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "blocked_at")
    private OffsetDateTime blockedAt;

    @Column(name = "blocked_reason")
    private String blockedReason;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    public long version;

    protected BankAccount() {
    }

    /** New bank details, checked (IBAN mod-97, BIC), awaiting a second person's validation. */
    public static BankAccount propose(UUID grantId, String holderName, String iban, String bic, String streetName,
            String buildingNumber, String postCode, String townName, String country, String enteredBy,
            String enteredByName, OffsetDateTime now) {
        String ibanProblem = BankIdentifiers.ibanProblem(iban);
        if (ibanProblem != null) {
            throw new PaymentRuleException("iban", ibanProblem);
        }
        String bicProblem = BankIdentifiers.bicProblem(bic, iban);
        if (bicProblem != null) {
            throw new PaymentRuleException("bic", bicProblem);
        }
        BankAccount account = new BankAccount();
        account.id = UUID.randomUUID();
        account.grantId = grantId;
        account.holderName = holderName.strip();
        account.iban = BankIdentifiers.normalise(iban);
        account.bic = BankIdentifiers.normalise(bic);
        account.streetName = streetName.strip();
        account.buildingNumber = buildingNumber == null || buildingNumber.isBlank() ? null : buildingNumber.strip();
        account.postCode = postCode.strip();
        account.townName = townName.strip();
        account.country = country == null ? "FR" : country.strip().toUpperCase(Locale.ROOT);
        account.status = BankAccountStatus.PENDING;
        account.enteredBy = enteredBy;
        account.enteredByName = enteredByName;
        account.enteredAt = now;
        return account;
    }

    /** Who entered or changed this IBAN on this grant: they never prepare nor approve a payment to it. */
    public static List<String> authorsOf(UUID grantId, String iban) {
        return getEntityManager().createQuery("select distinct b.enteredBy from BankAccount b "
                        + "where b.grantId = :grant and b.iban = :iban", String.class)
                .setParameter("grant", grantId).setParameter("iban", iban).getResultList();
    }

    public BankAccountStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    /** A second person confirms the details (finance): from now on payments go to this account. */
    public void validate(String by, String byName, OffsetDateTime now) {
        decide(by);
        decidedBy = by;
        decidedByName = byName;
        decidedAt = now;
        status = BankAccountStatus.VALIDATED;
    }

    public void reject(String by, String byName, String reason, OffsetDateTime now) {
        decide(by);
        decidedBy = by;
        decidedByName = byName;
        decidedAt = now;
        rejectionReason = reason;
        status = BankAccountStatus.REJECTED;
    }

    public OffsetDateTime blockedAt() {
        return blockedAt;
    }

    public String blockedReason() {
        return blockedReason;
    }

    /** The bank refused a transfer to this account as closed or wrong: it is never paid again. */
    public void block(String reason, OffsetDateTime now) {
        if (status == BankAccountStatus.BLOCKED) {
            return;
        }
        if (status != BankAccountStatus.VALIDATED && status != BankAccountStatus.SUPERSEDED) {
            throw new IllegalTransitionException(new IllegalTransitionException.BankDetailsNeverUsed(status));
        }
        blockedAt = now;
        blockedReason = reason;
        status = BankAccountStatus.BLOCKED;
    }

    /** Newer details were validated: these are kept for the record, no longer used. */
    public void supersede() {
        if (status != BankAccountStatus.VALIDATED) {
            throw new IllegalTransitionException("Seules des coordonnées bancaires validées peuvent être remplacées.");
        }
        status = BankAccountStatus.SUPERSEDED;
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
    }

    /**
     * The accounting limitation period has run since the grant's last payment (docs/retention.md):
     * the holder, the account and the address go; the IBAN is kept masked (country, check digits and
     * last four characters) so the accounts can still tell which account a payment went to, with the
     * status and the decisions on it. Once only.
     */
    public boolean erase(OffsetDateTime now) {
        if (erasedAt != null) {
            return false;
        }
        holderName = null;
        iban = BankIdentifiers.erased(iban);
        bic = null;
        streetName = null;
        buildingNumber = null;
        postCode = null;
        townName = null;
        erasedAt = now;
        return true;
    }

    private void decide(String by) {
        if (status != BankAccountStatus.PENDING) {
            throw new IllegalTransitionException(new IllegalTransitionException.BankDetailsAlreadyDecided(status));
        }
        if (enteredBy.equals(by)) {
            throw new FourEyesException("Vous avez saisi ces coordonnées bancaires : une autre personne du service "
                    + "financier doit les vérifier (contrôle à quatre yeux contre la fraude au changement de RIB).");
        }
    }
}
