package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A grant account (subvention attribuée): the award voted for one application, its payment rules,
 * what has been paid on it. Its id is the application's. Status changes only through the methods
 * below, each of which checks the current status.
 */
@Entity
@Table(name = "grant_account")
public class GrantAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    public String title;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Column(name = "beneficiary_name", nullable = false)
    public String beneficiaryName;

    @Column(nullable = false)
    public String siren;

    public String siret;

    public String rna;

    @Column(name = "address_line")
    public String addressLine;

    public String postcode;

    @Column(name = "commune_code")
    public String communeCode;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Column(name = "awarded_amount", nullable = false, updatable = false)
    public BigDecimal awardedAmount;

    /** The scheme's ceiling rate at the assessment (50 % or 60 %): shown, never used to compute an amount. */
    @Column(name = "ceiling_rate", nullable = false, updatable = false)
    public BigDecimal ceilingRate;

    /** The planned eligible base the award was voted on: with the award, it makes the voted rate. */
    @Column(name = "planned_eligible_base", nullable = false, updatable = false)
    public BigDecimal plannedEligibleBase;

    @Column(name = "deliberation_number", nullable = false)
    public String deliberationNumber;

    @Column(name = "decided_at", nullable = false)
    public LocalDate decidedAt;

    @Column(name = "committee_session_id")
    public UUID committeeSessionId;

    /** The officer instructing the file (as application.approved reported): told of each payment request. */
    @Column(name = "officer_subject")
    public String officerSubject;

    @Column(name = "officer_email")
    public String officerEmail;

    @Column(name = "officer_name")
    public String officerName;

    @Embedded
    public ScheduleParameters rules;

    @Column(name = "lapse_date", nullable = false)
    public LocalDate lapseDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantStatus status;

    @Column(name = "agreement_signed_at")
    private OffsetDateTime agreementSignedAt;

    @Column(name = "agreement_signed_by")
    private String agreementSignedBy;

    @Column(name = "agreement_signer_name")
    private String agreementSignerName;

    /** The grant as earned on the final statement (below the award when prorated); set with the balance. */
    @Column(name = "final_amount")
    private BigDecimal finalAmount;

    /** Sum of the payments the bank reported as made; the database keeps it within the award. */
    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "lapsed_at")
    private OffsetDateTime lapsedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "grant_member", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    public List<GrantMember> members = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "grant_planned_expense", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    public List<PlannedExpense> plannedExpenses = new ArrayList<>();

    /** Two commands on the same grant at once: the second is refused instead of overwriting. */
    @Version
    public long version;

    protected GrantAccount() {
    }

    /** The account of a grant the Commission permanente voted, under the rules in force. */
    public static GrantAccount award(UUID applicationId, String reference, BigDecimal awardedAmount,
            BigDecimal ceilingRate, BigDecimal plannedEligibleBase, String deliberationNumber, LocalDate decidedAt,
            ScheduleParameters rules, OffsetDateTime now) {
        if (awardedAmount == null || awardedAmount.signum() <= 0) {
            throw new PaymentRuleException("awardedAmount", "le montant attribué doit être positif");
        }
        if (ceilingRate == null || ceilingRate.signum() <= 0 || ceilingRate.compareTo(BigDecimal.ONE) > 0) {
            throw new PaymentRuleException("rate", "le taux plafond doit être compris entre 0 et 1");
        }
        if (plannedEligibleBase == null) {
            throw new PaymentRuleException("plannedEligibleBase", "l'assiette éligible prévue manque");
        }
        VotedRate.of(awardedAmount, plannedEligibleBase);
        GrantAccount grant = new GrantAccount();
        grant.id = applicationId;
        grant.reference = reference;
        grant.awardedAmount = MoneyRules.euros(awardedAmount);
        grant.ceilingRate = ceilingRate;
        grant.plannedEligibleBase = MoneyRules.euros(plannedEligibleBase);
        grant.deliberationNumber = deliberationNumber;
        grant.decidedAt = decidedAt;
        grant.rules = rules;
        grant.lapseDate = decidedAt.plusMonths(rules.validityMonths);
        grant.status = GrantStatus.AWAITING_AGREEMENT;
        grant.paidAmount = MoneyRules.ZERO;
        grant.openedAt = now;
        return grant;
    }

    // ------------------------------------------------------------------ reading

    public GrantStatus status() {
        return status;
    }

    public OffsetDateTime agreementSignedAt() {
        return agreementSignedAt;
    }

    public String agreementSignedBy() {
        return agreementSignedBy;
    }

    public String agreementSignerName() {
        return agreementSignerName;
    }

    public BigDecimal finalAmount() {
        return finalAmount;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public OffsetDateTime lapsedAt() {
        return lapsedAt;
    }

    public boolean hasMember(String subject) {
        return subject != null && members.stream().anyMatch(m -> subject.equals(m.subject));
    }

    /** award ÷ planned eligible base, kept exact: every prorated amount of this grant comes from it. */
    public VotedRate votedRate() {
        return VotedRate.of(awardedAmount, plannedEligibleBase);
    }

    public BigDecimal advanceAmount() {
        return MoneyRules.advance(awardedAmount, rules);
    }

    // ------------------------------------------------------------------ changes

    /** The organisation's members as its latest contacts list gives them: who may request payments (none when empty). */
    public void replaceMembers(List<GrantMember> latest) {
        members.clear();
        latest.forEach(m -> members.add(new GrantMember(m.subject, m.email, m.name)));
    }

    /** Someone joined the organisation: they may act for its grant from now on. */
    public void addMember(GrantMember member) {
        if (!hasMember(member.subject)) {
            members.add(member);
        }
    }

    /** Someone left the organisation: they no longer reach its grant, from this instant. */
    public void removeMember(String subject) {
        members.removeIf(m -> m.subject.equals(subject));
    }

    /** The organisation was renamed: its grant shows the new name. */
    public void renameOrganisation(String name) {
        organisationName = name;
    }

    /** Both parties signed the agreement: the advance becomes payable. Signing twice changes nothing. */
    public boolean signAgreement(OffsetDateTime signedAt, String signedBy, String signerName) {
        if (status == GrantStatus.OPEN && agreementSignedAt != null) {
            return false;
        }
        if (status != GrantStatus.AWAITING_AGREEMENT) {
            throw refused("la convention ne peut plus être signée");
        }
        agreementSignedAt = signedAt;
        agreementSignedBy = signedBy;
        agreementSignerName = signerName;
        status = GrantStatus.OPEN;
        return true;
    }

    /** Payment requests are accepted on an open grant only. */
    public void ensureOpen() {
        if (status != GrantStatus.OPEN) {
            String why = switch (status) {
                case AWAITING_AGREEMENT -> "la convention n'est pas encore signée par les deux parties (votre "
                        + "acceptation en ligne, puis la signature de la Région) : l'avance pourra être demandée ensuite";
                case RECOVERY -> "le solde est arrêté et un reversement est en cours de recouvrement";
                case CLOSED -> "le solde a été versé, la subvention est soldée";
                case LAPSED -> "la subvention est caduque : aucun versement n'a été demandé dans le délai de validité";
                case OPEN -> "";
            };
            throw new IllegalTransitionException("Aucun versement ne peut être demandé sur la subvention " + reference
                    + " : " + why + ".");
        }
    }

    /** The bank reported a payment as made. */
    public void recordPaid(BigDecimal amount) {
        BigDecimal total = paidAmount.add(MoneyRules.euros(amount));
        if (total.compareTo(awardedAmount) > 0) {
            throw new PaymentRuleException("amount", "Les versements (" + MoneyRules.french(total)
                    + ") dépasseraient le montant attribué (" + MoneyRules.french(awardedAmount) + ").");
        }
        paidAmount = total;
    }

    /** The balance fixed the final amount (prorated or not). */
    public void fixFinalAmount(BigDecimal amount) {
        finalAmount = MoneyRules.euros(amount);
    }

    /** The balance is settled but left money to claim back: the grant waits for the recovery to be settled. */
    public void awaitRecovery() {
        if (status != GrantStatus.OPEN) {
            throw refused("aucun reversement ne peut y être attendu");
        }
        status = GrantStatus.RECOVERY;
    }

    /** The balance is settled (and any recovery collected or cancelled): nothing more will be paid. */
    public void close(OffsetDateTime now) {
        if (status != GrantStatus.OPEN && status != GrantStatus.RECOVERY) {
            throw refused("elle ne peut pas être soldée");
        }
        status = GrantStatus.CLOSED;
        closedAt = now;
    }

    /** Caducité: no payment was requested within the validity period. */
    public void lapse(OffsetDateTime now) {
        if (status != GrantStatus.AWAITING_AGREEMENT && status != GrantStatus.OPEN) {
            throw refused("elle ne peut pas devenir caduque");
        }
        status = GrantStatus.LAPSED;
        lapsedAt = now;
    }

    /** The step is not allowed in the grant's status: the message bundle names the grant's status. */
    private IllegalTransitionException refused(String consequence) {
        return new IllegalTransitionException(new IllegalTransitionException.GrantStepRefused(reference, status,
                consequence));
    }
}
