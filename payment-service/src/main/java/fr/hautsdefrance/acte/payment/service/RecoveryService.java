package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.config.PaymentConfig;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.RecoveryBatch;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter;
import fr.hautsdefrance.acte.payment.domain.pes.PesRecetteWriter;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Recovery orders (ordres de reversement): the officer's review of the balance proposes one when more
 * was paid than the realised expenses earn; a second person checks the final amount, then the
 * recovery is issued (the balance settled at 0.00, the grant in recovery), or the statement goes
 * back to review. An issued recovery is followed until finance records it collected or cancelled,
 * which settles the grant.
 */
@ApplicationScoped
public class RecoveryService {

    private final Access access;
    private final EntityManager entityManager;
    private final PaymentConfig config;
    private final Outbox outbox;
    private final CurrentUser user;
    private final CommitmentService commitments;
    private final Impartiality impartiality;
    private final Clock clock;

    @Inject
    public RecoveryService(Access access, EntityManager entityManager, PaymentConfig config, Outbox outbox,
            CurrentUser user, CommitmentService commitments, Impartiality impartiality, Clock clock) {
        this.commitments = commitments;
        this.impartiality = impartiality;
        this.access = access;
        this.entityManager = entityManager;
        this.config = config;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /** The final amount is confirmed by someone other than the officer who fixed it: the recovery is issued. */
    @Transactional
    public RecoveryOrder confirm(UUID recoveryId) {
        Locked locked = locked(recoveryId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.RECOVERY_CONFIRMATION);
        OffsetDateTime now = OffsetDateTime.now(clock);
        locked.order().issue(user.subject(), user.displayName(), now);
        GrantAccount grant = locked.grant();
        commitments.fixFinalAmount(grant, locked.order().finalAmount, now);
        // The balance is settled at 0.00, but the grant is not: it waits for the money owed. No "paid" is
        // published beside the recovery, which would tell the beneficiary the grant is settled.
        locked.balance().settleWithoutTransfer(now);
        grant.awaitRecovery();
        outbox.publish(PaymentEvents.RECOVERY_ISSUED, grant.id.toString(),
                EventPayloads.RecoveryIssued.of(grant, locked.order()));
        return locked.order();
    }

    /** The public accountant collected the money owed: the grant is settled. */
    @Transactional
    public RecoveryOrder collect(UUID recoveryId, LocalDate collectedOn) {
        Locked locked = locked(recoveryId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.RECOVERY_FOLLOW_UP);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (collectedOn.isAfter(RegionCalendar.dayOf(now))) {
            throw ProblemException.invalidField("collectedOn", "La date d'encaissement ne peut pas être future.");
        }
        locked.order().collect(user.subject(), collectedOn, now);
        settle(locked, now);
        return locked.order();
    }

    /** The titre is cancelled (deliberation, remission, error): nothing is owed any more, the grant is settled. */
    @Transactional
    public RecoveryOrder cancel(UUID recoveryId, String reason) {
        Locked locked = locked(recoveryId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.RECOVERY_FOLLOW_UP);
        OffsetDateTime now = OffsetDateTime.now(clock);
        locked.order().cancel(user.subject(), reason, now);
        settle(locked, now);
        return locked.order();
    }

    private void settle(Locked locked, OffsetDateTime now) {
        GrantAccount grant = locked.grant();
        grant.close(now);
        outbox.publish(PaymentEvents.RECOVERY_SETTLED, grant.id.toString(),
                EventPayloads.RecoverySettled.of(grant, locked.order(), locked.balance()));
    }

    /** The final amount is not confirmed: the statement goes back to the officer, the proposal is kept refused. */
    @Transactional
    public RecoveryOrder refuse(UUID recoveryId, String reason) {
        Locked locked = locked(recoveryId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.RECOVERY_CONFIRMATION);
        locked.order().refuse(user.subject(), user.displayName(), reason, OffsetDateTime.now(clock));
        locked.balance().returnToReview();
        return locked.order();
    }

    /** Serialises the numbering of bordereaux of titres (any constant unique in this database). */
    static final long TITRES_LOCK_KEY = 0x41435445_52454331L;

    /**
     * Puts the issued recoveries not yet sent (those listed, or all) into a new bordereau of titres
     * de recette for the public accountant, numbered within the exercise, as are its titres.
     */
    @Transactional
    public RecoveryBatch batch(Collection<UUID> recoveryIds) {
        LocalDate today = RegionCalendar.today(clock);
        int exercise = today.getYear();
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, TITRES_LOCK_KEY)
                .getSingleResult();
        boolean chosen = recoveryIds != null && !recoveryIds.isEmpty();
        var query = entityManager.createQuery("from RecoveryOrder r where r.status = :status and r.batchId is null"
                        + (chosen ? " and r.id in :ids" : "") + " order by r.id", RecoveryOrder.class)
                .setParameter("status", RecoveryStatus.ISSUED);
        if (chosen) {
            query.setParameter("ids", Set.copyOf(recoveryIds));
        }
        List<RecoveryOrder> issued = query.getResultList();
        if (chosen && issued.size() != Set.copyOf(recoveryIds).size()) {
            throw ProblemException.conflict("not-issued", "Certains ordres de reversement demandés ne sont pas (ou plus) "
                    + "émis, ou leur titre est déjà transmis : seuls les reversements émis et pas encore transmis "
                    + "peuvent être mis dans un bordereau de titres.");
        }
        if (issued.isEmpty()) {
            throw ProblemException.conflict("nothing-to-send", "Aucun ordre de reversement émis n'attend d'être "
                    + "transmis au comptable public.");
        }
        int bordereau = next("select coalesce(max(b.bordereau_number), 0) from recovery_batch b where b.exercise = ?1",
                exercise);
        int titre = next("select coalesce(max(r.titre_number), 0) from recovery_order r where r.titre_exercise = ?1",
                exercise);
        BigDecimal total = issued.stream().map(r -> r.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        RecoveryBatch batch = RecoveryBatch.of(exercise, bordereau, today, issued.size(), total, user.subject(),
                OffsetDateTime.now(clock));
        batch.persist();
        for (RecoveryOrder order : issued) {
            order.send(batch.id, exercise, titre++);
        }
        return batch;
    }

    private int next(String maxQuery, int exercise) {
        return ((Number) entityManager.createNativeQuery(maxQuery).setParameter(1, exercise).getSingleResult())
                .intValue() + 1;
    }

    public RecoveryBatch recoveryBatch(UUID batchId) {
        RecoveryBatch batch = RecoveryBatch.findById(batchId);
        if (batch == null) {
            throw ProblemException.notFound("Aucun bordereau de titres " + batchId + ".");
        }
        return batch;
    }

    public List<RecoveryOrder> recoveriesOf(RecoveryBatch batch) {
        return RecoveryOrder.list("batchId", Sort.ascending("titreNumber"), batch.id);
    }

    /**
     * Writes the bordereau of titres as a PES V2 file (PES_Aller, PES_RecetteAller), streaming the
     * titres with their grant: the debtor is the beneficiary, identified as on its mandates.
     */
    @Transactional
    public void writeTitreFile(UUID batchId, OutputStream out) {
        RecoveryBatch batch = recoveryBatch(batchId);
        PaymentConfig.Pes pes = config.pes();
        PesAllerWriter.Header header = new PesAllerWriter.Header(batch.fileName, pes.senderCode(),
                pes.senderAddress(), pes.receiverAddress(), RegionCalendar.dayOf(batch.createdAt), pes.postId(),
                config.debtor().siret(), pes.collectivityCode(), pes.budgetCode(), pes.budgetLabel());
        PesAllerWriter.Bordereau bordereau = new PesAllerWriter.Bordereau(batch.exercise, batch.bordereauNumber,
                batch.issuedOn, batch.numberOfTitres, batch.total);
        try (Stream<Object[]> rows = entityManager.createQuery("select r.titreNumber, r.amount, g.reference, "
                        + "g.deliberationNumber, g.beneficiaryName, g.siret, g.rna, g.addressLine, g.postcode, "
                        + "g.communeCode, c.imputation.function, "
                        + "(select max(b.townName) from BankAccount b where b.grantId = g.id) "
                        + "from RecoveryOrder r join GrantAccount g on g.id = r.grantId "
                        + "left join Commitment c on c.grantId = r.grantId "
                        + "where r.batchId = :batch order by r.titreNumber", Object[].class)
                .setParameter("batch", batch.id)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            PesRecetteWriter.write(header, bordereau, rows.map(row -> titre(row, pes)).iterator(), out);
        }
    }

    private static PesRecetteWriter.Titre titre(Object[] row, PaymentConfig.Pes pes) {
        String rna = (String) row[6];
        String town = row[11] != null ? (String) row[11] : (String) row[9];
        PesRecetteWriter.Debtor debtor = new PesRecetteWriter.Debtor((String) row[5], (String) row[2], "50",
                rna != null && !rna.isBlank() ? "06" : "03", (String) row[4], (String) row[7], (String) row[8], town);
        return new PesRecetteWriter.Titre((Integer) row[0], "Reversement de subvention ACTE " + row[2]
                + " - deliberation " + row[3], pes.recoveryProductCode(), pes.recoveryNature(), (String) row[10],
                (BigDecimal) row[1], debtor);
    }

    public RecoveryOrder recovery(UUID recoveryId) {
        RecoveryOrder order = RecoveryOrder.findById(recoveryId);
        if (order == null) {
            throw notFound(recoveryId);
        }
        return order;
    }

    /** The work queue of the second check: recovery orders in a status, oldest first. */
    public Page<RecoveryOrder> inStatus(RecoveryStatus status, int page, int size) {
        return Page.of(RecoveryOrder.find("status", Sort.ascending("proposedAt", "id"), status), page, size);
    }

    private record Locked(GrantAccount grant, RecoveryOrder order, Payment balance) {
    }

    /** The grant locked first (as every command on it), then its recovery order and balance read afresh. */
    private Locked locked(UUID recoveryId) {
        RecoveryOrder found = recovery(recoveryId);
        GrantAccount grant = access.readableLocked(found.grantId);
        RecoveryOrder order = RecoveryOrder.getEntityManager().find(RecoveryOrder.class, recoveryId);
        RecoveryOrder.getEntityManager().refresh(order);
        Payment balance = Payment.findById(order.paymentId);
        return new Locked(grant, order, balance);
    }

    private static ProblemException notFound(UUID recoveryId) {
        return ProblemException.notFound("Aucun ordre de reversement " + recoveryId + ".");
    }
}
