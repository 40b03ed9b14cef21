package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.Commitment;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.MoneyRules;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PendingAgreement;
import fr.hautsdefrance.acte.payment.domain.PlannedExpense;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.domain.Stage;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Grant accounts: opened from the award, made payable by the agreement, read by those allowed to. */
@ApplicationScoped
public class GrantService {

    private static final Logger LOG = Logger.getLogger(GrantService.class);

    private final Access access;
    private final CommitmentService commitments;
    private final Rules rules;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public GrantService(Access access, CommitmentService commitments, Rules rules, Outbox outbox, CurrentUser user,
            Clock clock) {
        this.access = access;
        this.commitments = commitments;
        this.rules = rules;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /**
     * What application-service reports of an award (application.approved): the amount voted, the
     * scheme's ceiling rate (shown only) and the planned eligible base the vote was made on.
     */
    public record Award(UUID applicationId, UUID callId, String reference, String title, UUID organisationId,
            String organisationName, Stage stage, String beneficiaryName, String siren, String siret, String rna,
            String addressLine, String postcode, String communeCode, BigDecimal awardedAmount, BigDecimal ceilingRate,
            BigDecimal plannedEligibleBase, String deliberationNumber, LocalDate decidedAt, UUID committeeSessionId,
            List<GrantMember> members, List<PlannedExpense> plannedExpenses, GrantMember officer) {

        public Award withMembers(List<GrantMember> current) {
            return new Award(applicationId, callId, reference, title, organisationId, organisationName, stage,
                    beneficiaryName, siren, siret, rna, addressLine, postcode, communeCode, awardedAmount, ceilingRate,
                    plannedEligibleBase, deliberationNumber, decidedAt, committeeSessionId, current, plannedExpenses,
                    officer);
        }
    }

    /**
     * Opens the grant account and its schedule (advance, balance; instalments come on request)
     * under the rules in force. An award already opened changes nothing but the members.
     */
    @Transactional
    public GrantAccount open(Award award) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        GrantAccount existing = access.locked(award.applicationId());
        if (existing != null) {
            LOG.infof("Grant %s is already open; members refreshed", award.reference());
            existing.replaceMembers(award.members());
            return existing;
        }
        GrantAccount grant = GrantAccount.award(award.applicationId(), award.reference(), award.awardedAmount(),
                award.ceilingRate(), award.plannedEligibleBase(), award.deliberationNumber(), award.decidedAt(), rules.current(), now);
        grant.title = award.title();
        grant.organisationId = award.organisationId();
        grant.organisationName = award.organisationName();
        grant.beneficiaryName = award.beneficiaryName() == null ? award.organisationName() : award.beneficiaryName();
        grant.siren = award.siren();
        grant.siret = award.siret();
        grant.rna = award.rna();
        grant.addressLine = award.addressLine();
        grant.postcode = award.postcode();
        grant.communeCode = award.communeCode();
        grant.stage = award.stage();
        grant.committeeSessionId = award.committeeSessionId();
        if (award.officer() != null) {
            grant.officerSubject = award.officer().subject;
            grant.officerEmail = award.officer().email;
            grant.officerName = award.officer().name;
        }
        grant.replaceMembers(award.members());
        grant.plannedExpenses.addAll(award.plannedExpenses());
        grant.persist();

        commitments.commit(grant, award.callId(), now);

        BigDecimal advance = grant.advanceAmount();
        Payment.scheduled(grant.id, PaymentKind.ADVANCE, 1, advance, now).persist();
        Payment.scheduled(grant.id, PaymentKind.BALANCE, 1, grant.awardedAmount.subtract(advance), now).persist();

        Optional<PendingAgreement> signature = PendingAgreement.findByIdOptional(grant.id);
        if (signature.isPresent()) {
            PendingAgreement pending = signature.get();
            grant.signAgreement(pending.signedAt, pending.signedBy, pending.signerName);
            pending.delete();
            publishSchedule(grant, now);
        }
        return grant;
    }

    /**
     * Both parties signed the agreement: the schedule comes into force and the advance may be
     * requested. A signature arriving before its award waits for it.
     */
    @Transactional
    public void recordAgreement(UUID applicationId, OffsetDateTime signedAt, String signedBy, String signerName,
            List<GrantMember> members) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        GrantAccount grant = access.locked(applicationId);
        if (grant == null) {
            if (PendingAgreement.findById(applicationId) == null) {
                PendingAgreement.of(applicationId, signedAt, signedBy, signerName, now).persist();
            }
            return;
        }
        grant.replaceMembers(members);
        if (grant.signAgreement(signedAt, signedBy, signerName)) {
            publishSchedule(grant, now);
        }
    }

    private void publishSchedule(GrantAccount grant, OffsetDateTime now) {
        List<Payment> schedule = Payment.list("grantId", Sort.ascending("kind", "sequence"), grant.id);
        outbox.publish(PaymentEvents.SCHEDULED, grant.id.toString(), EventPayloads.Scheduled.of(grant, schedule, now));
    }

    // ------------------------------------------------------------------ reading

    /** Everything about one grant its reader may see. */
    public record GrantFile(GrantAccount grant, List<Payment> payments, List<BankAccount> bankAccounts,
            RecoveryOrder recovery, BigDecimal instalmentCap, Commitment commitment) {
    }

    public GrantFile file(UUID grantId) {
        GrantAccount grant = access.readable(grantId);
        // Payments made together (the schedule, at the signature) keep one order from one reading to the next.
        List<Payment> payments = Payment.list("grantId", Sort.ascending("createdAt", "sequence", "id"), grant.id);
        List<BankAccount> accounts = BankAccount.list("grantId", Sort.descending("enteredAt"), grant.id);
        // To the beneficiary, what is owed; to the Region's staff, also the order awaiting its second check and
        // the one settled.
        List<RecoveryStatus> shown = user.isRegionalStaff() ? List.of(RecoveryStatus.PROPOSED, RecoveryStatus.ISSUED,
                RecoveryStatus.COLLECTED, RecoveryStatus.CANCELLED) : List.of(RecoveryStatus.ISSUED);
        RecoveryOrder recovery = RecoveryOrder.<RecoveryOrder>find("grantId = ?1 and status in ?2", grant.id, shown)
                .firstResult();
        return new GrantFile(grant, payments, accounts, recovery, MoneyRules.instalmentCap(grant.awardedAmount,
                grant.rules), commitments.of(grant.id).orElse(null));
    }

    /** Regional staff see every grant; beneficiaries their organisations'. Latest first. */
    public Page<GrantAccount> visible(int page, int size) {
        if (user.isRegionalStaff()) {
            return Page.of(GrantAccount.find("order by openedAt desc, id"), page, size);
        }
        return Page.of(GrantAccount.find("from GrantAccount g where g.id in (select g2.id from GrantAccount g2 "
                + "join g2.members m where m.subject = ?1) order by g.openedAt desc, g.id", user.subject()), page, size);
    }
}
