package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.config.PaymentConfig;
import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.BankRejection;
import fr.hautsdefrance.acte.payment.domain.Creditor;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentBatch;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.sepa.Pain001Writer;
import fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter;
import fr.hautsdefrance.acte.payment.domain.pes.PesAnswerReader;
import fr.hautsdefrance.acte.payment.domain.sepa.BankReportReader;
import fr.hautsdefrance.acte.payment.domain.BudgetImputation;
import fr.hautsdefrance.acte.payment.domain.PaymentChannel;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Payment orders, four eyes: a finance officer prepares the order (the validated bank details are
 * copied onto it), another approves it; approved orders are sent to the bank in SEPA credit
 * transfer files; the bank's status report marks them paid or rejected.
 */
@ApplicationScoped
public class PaymentOrderService {

    private final Access access;
    private final Impartiality impartiality;
    private final CommitmentService commitments;
    private final Outbox outbox;
    private final CurrentUser user;
    private final EntityManager entityManager;
    private final PaymentConfig config;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public PaymentOrderService(Access access, Impartiality impartiality, CommitmentService commitments, Outbox outbox,
            CurrentUser user, EntityManager entityManager, PaymentConfig config, Clock clock, Texts texts) {
        this.access = access;
        this.impartiality = impartiality;
        this.commitments = commitments;
        this.outbox = outbox;
        this.user = user;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.texts = texts;
    }

    /** The first SEPA file after a start would otherwise wait for the model's binding; done aside, readiness unaffected. */
    void bindSepaModel(@Observes StartupEvent started) {
        CompletableFuture.runAsync(Pain001Writer::prepare);
    }

    /** Maker: prepares the order of a validated payment, to the grant's validated bank account. */
    @Transactional
    public Payment prepare(UUID paymentId) {
        Access.LockedPayment locked = access.paymentLocked(paymentId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.ORDER_PREPARATION);
        Payment payment = locked.payment();
        BankAccount account = BankAccount.<BankAccount>find("grantId = ?1 and status = ?2", locked.grant().id,
                BankAccountStatus.VALIDATED).firstResult();
        if (account == null) {
            throw ProblemException.conflict("no-validated-bank-details", "La subvention " + locked.grant().reference
                    + " n'a pas de coordonnées bancaires validées : elles doivent être saisies puis validées par une "
                    + "seconde personne du service financier avant tout paiement.");
        }
        payment.prepare(user.subject(), user.displayName(), Creditor.of(account),
                BankAccount.authorsOf(locked.grant().id, account.iban), OffsetDateTime.now(clock));
        return payment;
    }

    /**
     * Finance finds the liquidation wrong and sends it back to the officer with the reason, instead of
     * preparing the mandate: the request awaits a new liquidation; the officer is told.
     */
    @Transactional
    public Payment returnLiquidation(UUID paymentId, String reason) {
        Access.LockedPayment locked = access.paymentLocked(paymentId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.LIQUIDATION_RETURN);
        Payment payment = locked.payment();
        BigDecimal returnedAmount = payment.amount();
        String liquidatedBy = payment.validatedBy();
        payment.returnLiquidation(user.subject(), user.displayName(), reason, OffsetDateTime.now(clock));
        outbox.publish(PaymentEvents.LIQUIDATION_RETURNED, locked.grant().id.toString(),
                EventPayloads.LiquidationReturned.of(locked.grant(), payment, returnedAmount, liquidatedBy));
        return payment;
    }

    /** Checker: approves an order another finance officer prepared, if its bank details are still the validated ones. */
    @Transactional
    public Payment approve(UUID paymentId) {
        Access.LockedPayment locked = access.paymentLocked(paymentId);
        impartiality.ensureImpartial(locked.grant(), Impartiality.Step.ORDER_APPROVAL);
        Payment payment = locked.payment();
        if (payment.creditor() != null && payment.creditor().bankAccountId != null) {
            BankAccount account = BankAccount.findById(payment.creditor().bankAccountId);
            if (account == null || account.status() != BankAccountStatus.VALIDATED) {
                throw ProblemException.conflict("bank-details-changed", "Les coordonnées bancaires ont changé depuis "
                        + "la préparation de cet ordre : il doit être préparé à nouveau avec le compte validé.");
            }
        }
        payment.approve(user.subject(), user.displayName(),
                payment.creditor() == null ? List.of() : BankAccount.authorsOf(locked.grant().id,
                        payment.creditor().iban), OffsetDateTime.now(clock));
        outbox.publish(PaymentEvents.APPROVED, locked.grant().id.toString(),
                EventPayloads.Approved.of(locked.grant(), payment));
        return payment;
    }

    /**
     * Puts approved payments (those listed, or all) into a new SEPA file for the bank and marks them
     * ordered. A payment can be in one file only: they are locked while the batch is made.
     */
    @Transactional
    public PaymentBatch batch(LocalDate requestedExecutionDate, Collection<UUID> paymentIds) {
        LocalDate today = RegionCalendar.today(clock);
        LocalDate executionDate = requestedExecutionDate == null ? nextBusinessDay(today) : requestedExecutionDate;
        if (executionDate.isBefore(today)) {
            throw ProblemException.invalidField("requestedExecutionDate", "La date d'exécution demandée ne peut pas "
                    + "être passée.");
        }
        boolean chosen = paymentIds != null && !paymentIds.isEmpty();
        var query = entityManager.createQuery("from Payment p where p.status = :status"
                        + (chosen ? " and p.id in :ids" : "") + " order by p.id", Payment.class)
                .setParameter("status", PaymentStatus.APPROVED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", 10_000);
        if (chosen) {
            query.setParameter("ids", Set.copyOf(paymentIds));
        }
        List<Payment> approved = query.getResultList();
        if (chosen) {
            if (approved.size() != Set.copyOf(paymentIds).size()) {
                throw ProblemException.conflict("not-approved", "Certains paiements demandés ne sont pas (ou plus) "
                        + "approuvés : seuls les ordres approuvés et pas encore transmis peuvent être mis dans un fichier.");
            }
        }
        if (approved.isEmpty()) {
            throw ProblemException.conflict("nothing-to-order", "Aucun ordre de paiement approuvé n'attend d'être "
                    + "transmis à la banque.");
        }
        BigDecimal total = approved.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean pes = config.channel() == PaymentChannel.PES;
        int exercise = today.getYear();
        PaymentBatch batch;
        int mandate = 0;
        if (pes) {
            // Bordereau and mandate numbers are sequential within the exercise (the accountant checks it):
            // one batch is numbered at a time.
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, NUMBERING_LOCK_KEY)
                    .getSingleResult();
            int bordereau = next("select coalesce(max(b.bordereau_number), 0) from payment_batch b "
                    + "where b.channel = 'PES' and b.exercise = ?1", exercise);
            mandate = next("select coalesce(max(p.mandate_number), 0) from payment p where p.mandate_exercise = ?1",
                    exercise);
            batch = PaymentBatch.bordereau(exercise, bordereau, today, approved.size(), total, user.subject(), now);
        } else {
            batch = PaymentBatch.of(executionDate, approved.size(), total, user.subject(), now);
        }
        batch.persist();
        Map<UUID, GrantAccount> grants = grantsOf(approved);
        for (Payment payment : approved) {
            if (pes) {
                payment.order(batch.id, exercise, mandate++, now);
            } else {
                payment.order(batch.id, now);
            }
            outbox.publish(PaymentEvents.ORDERED, payment.grantId.toString(),
                    EventPayloads.Ordered.of(grants.get(payment.grantId), payment, batch));
        }
        return batch;
    }

    /** Serialises the numbering of bordereaux and mandates (any constant unique in this database). */
    static final long NUMBERING_LOCK_KEY = 0x41435445_50455331L;

    private int next(String maxQuery, int exercise) {
        return ((Number) entityManager.createNativeQuery(maxQuery).setParameter(1, exercise).getSingleResult())
                .intValue() + 1;
    }

    /**
     * One line of the payer's report; {@code reasonCode} is the bank's ISO 20022 reason for a refusal
     * (AC04 closed account, AC01 wrong account…), when it gave one.
     */
    public record StatusEntry(String endToEndId, Outcome status, String reason, String reasonCode) {

        public StatusEntry(String endToEndId, Outcome status, String reason) {
            this(endToEndId, status, reason, null);
        }
    }

    public enum Outcome { PAID, REJECTED }

    /**
     * The bank's answer for a file: each transfer paid or rejected. A line already recorded with the
     * same outcome is ignored (banks send reports again); a contradicting one is refused.
     */
    @Transactional
    public List<Payment> recordStatus(UUID batchId, List<StatusEntry> entries) {
        PaymentBatch batch = batch(batchId);
        Map<UUID, StatusEntry> byPayment = new java.util.TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            StatusEntry entry = entries.get(i);
            UUID paymentId = paymentId(entry.endToEndId(), "entries[" + i + "].endToEndId");
            byPayment.put(paymentId, entry);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Payment> changed = new ArrayList<>();
        // Grants are locked in id order, so two reports never wait on each other in a circle.
        Map<UUID, UUID> grantOf = new java.util.TreeMap<>();
        for (UUID paymentId : byPayment.keySet()) {
            Payment payment = Payment.findById(paymentId);
            if (payment == null || !batch.id.equals(payment.batchId())) {
                throw ProblemException.invalidField("entries", "Le virement " + Payment.endToEndId(paymentId)
                        + " ne fait pas partie du fichier " + batch.messageId + ".");
            }
            grantOf.put(payment.grantId, payment.grantId);
        }
        Map<UUID, GrantAccount> grants = new java.util.HashMap<>();
        grantOf.keySet().forEach(id -> grants.put(id, access.locked(id)));
        for (Map.Entry<UUID, StatusEntry> line : byPayment.entrySet()) {
            Payment payment = Payment.findById(line.getKey());
            entityManager.refresh(payment);
            GrantAccount grant = grants.get(payment.grantId);
            StatusEntry entry = line.getValue();
            if (entry.status() == Outcome.PAID) {
                if (payment.status() == PaymentStatus.PAID) {
                    continue;
                }
                payment.paid(now);
                grant.recordPaid(payment.amount());
                if (payment.kind == PaymentKind.BALANCE) {
                    grant.close(now);
                }
                outbox.publish(PaymentEvents.PAID, grant.id.toString(), EventPayloads.Paid.of(grant, payment, false));
            } else {
                if (payment.status() == PaymentStatus.REJECTED) {
                    continue;
                }
                if (payment.status() != PaymentStatus.ORDERED) {
                    throw new IllegalTransitionException(new IllegalTransitionException.TransferNoLongerRejectable(
                            payment.endToEndId(), payment.status()));
                }
                rejectedByTheBank(grant, payment, entry, now);
            }
            changed.add(payment);
        }
        return changed;
    }

    /**
     * The bank's own report on a SEPA file (pain.002 or camt.054, read by {@link BankReportReader}),
     * recorded as its status report: a whole file refused rejects each of its transfers.
     */
    @Transactional
    public List<Payment> recordBankReport(UUID batchId, BankReportReader.Report report) {
        PaymentBatch batch = batch(batchId);
        requireChannel(batch, PaymentChannel.SEPA);
        if (report.originalMessageId() != null && !report.originalMessageId().equals(batch.messageId)) {
            throw ProblemException.invalidField("OrgnlMsgId", "Ce compte rendu concerne le fichier « "
                    + report.originalMessageId() + " », pas " + batch.messageId + ".");
        }
        List<StatusEntry> entries = new ArrayList<>();
        if (report.fileRejected()) {
            paymentsOf(batch).forEach(p -> entries.add(new StatusEntry(p.endToEndId(), Outcome.REJECTED,
                    "fichier refusé", report.fileReasonCode())));
        }
        report.lines().forEach(line -> entries.add(new StatusEntry(line.endToEndId(),
                line.outcome() == BankReportReader.Outcome.PAID ? Outcome.PAID : Outcome.REJECTED, line.information(),
                line.reasonCode())));
        if (entries.isEmpty()) {
            return List.of();
        }
        return recordStatus(batchId, entries);
    }

    /**
     * The bank refused the transfer. For a closed or wrong account (AC04, AC01…) that account is
     * blocked for good, the beneficiary asked for new details, and the payment, still due, is issued
     * again to wait for a validated account: no second attempt goes to the blocked one.
     */
    private void rejectedByTheBank(GrantAccount grant, Payment payment, StatusEntry entry, OffsetDateTime now) {
        String code = BankRejection.french(entry.reasonCode());
        String given = entry.reason() == null || entry.reason().isBlank() ? null : entry.reason().strip();
        String reason = "Rejeté par la banque" + (code == null && given == null ? ""
                : " : " + (code == null ? given : given == null ? code : code + ", " + given));
        boolean accountCondemned = BankRejection.condemnsTheAccount(entry.reasonCode()) && payment.creditor() != null
                && payment.creditor().bankAccountId != null;
        if (!accountCondemned) {
            payment.reject(user.subject(), reason, now);
            outbox.publish(PaymentEvents.REJECTED, grant.id.toString(), EventPayloads.Rejected.of(grant, payment, true));
            return;
        }
        BankAccount account = BankAccount.findById(payment.creditor().bankAccountId);
        account.block(reason, now);
        payment.reject(user.subject(), reason + ". Mettez à jour vos coordonnées bancaires : le versement sera effectué "
                + "dès que de nouvelles coordonnées auront été validées.", now);
        outbox.publish(PaymentEvents.REJECTED, grant.id.toString(), EventPayloads.Rejected.of(grant, payment, true));
        // The refused payment leaves the live ones before its replacement enters (one live payment per instalment).
        entityManager.flush();
        Payment again = payment.reissued(now);
        again.persist();
        outbox.publish(PaymentEvents.LIQUIDATED, grant.id.toString(), EventPayloads.Liquidated.of(grant, again));
    }

    public PaymentBatch batch(UUID batchId) {
        PaymentBatch batch = PaymentBatch.findById(batchId);
        if (batch == null) {
            throw ProblemException.notFound("Aucun fichier de virements " + batchId + ".");
        }
        return batch;
    }

    public Page<PaymentBatch> batches(int page, int size) {
        return Page.of(PaymentBatch.find("order by createdAt desc, id"), page, size);
    }

    public List<Payment> paymentsOf(PaymentBatch batch) {
        return Payment.list("batchId", Sort.ascending("id"), batch.id);
    }

    /** The finance officers' work queue: payments in a given status, oldest first. */
    public Page<Payment> inStatus(PaymentStatus status, int page, int size) {
        return Page.of(Payment.find("status", Sort.ascending("createdAt", "id"), status), page, size);
    }

    /** The grants of these payments, by id, for the events' payloads. */
    public Map<UUID, GrantAccount> grantsOf(Collection<Payment> payments) {
        List<UUID> ids = payments.stream().map(p -> p.grantId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return GrantAccount.<GrantAccount>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(g -> g.id, Function.identity()));
    }

    /**
     * Writes the batch's SEPA file (pain.001.001.09) to {@code out}, streaming the transfers from the
     * database: the same file every time, whatever its size.
     */
    @Transactional
    public void writeFile(UUID batchId, OutputStream out) {
        PaymentBatch batch = batch(batchId);
        requireChannel(batch, PaymentChannel.SEPA);
        PaymentConfig.Debtor region = config.debtor();
        Pain001Writer.Party debtor = new Pain001Writer.Party(region.name(), region.iban(), region.bic(),
                new Pain001Writer.PostalAddress(region.streetName(), region.buildingNumber(), region.postCode(),
                        region.townName(), region.country()));
        Pain001Writer.Header header = new Pain001Writer.Header(batch.messageId, batch.createdAt, region.name(),
                region.siret(), batch.requestedExecutionDate, debtor, batch.numberOfTransactions, batch.controlSum);
        try (Stream<Object[]> rows = entityManager.createQuery("select p.id, p.amount, p.kind, p.sequence, "
                        + "p.creditor.name, p.creditor.iban, p.creditor.bic, p.creditor.streetName, "
                        + "p.creditor.buildingNumber, p.creditor.postCode, p.creditor.townName, p.creditor.country, "
                        + "g.reference, g.deliberationNumber from Payment p, GrantAccount g "
                        + "where g.id = p.grantId and p.batchId = :batch order by p.id", Object[].class)
                .setParameter("batch", batch.id)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            Pain001Writer.write(header, rows.map(this::transfer).iterator(), out);
        }
    }

    /** The file of a batch exists in its channel's format only. */
    public static void requireChannel(PaymentBatch batch, PaymentChannel channel) {
        if (batch.channel != channel) {
            throw ProblemException.conflict("other-channel", "Le lot " + batch.messageId + " est "
                    + (batch.channel == PaymentChannel.PES ? "un bordereau de mandats PES V2 pour le comptable public"
                    : "un fichier de virements SEPA pour la banque") + " : il n'existe pas dans l'autre format.");
        }
    }

    /**
     * Writes the bordereau of mandates as a PES V2 file (PES_Aller, PES_DepenseAller) to {@code out},
     * streaming the mandates from the database with their grant and commitment: the same file every time.
     */
    @Transactional
    public void writePesFile(UUID batchId, OutputStream out) {
        PaymentBatch batch = batch(batchId);
        requireChannel(batch, PaymentChannel.PES);
        PaymentConfig.Pes pes = config.pes();
        PesAllerWriter.Header header = new PesAllerWriter.Header(batch.messageId, pes.senderCode(),
                pes.senderAddress(), pes.receiverAddress(), RegionCalendar.dayOf(batch.createdAt), pes.postId(),
                config.debtor().siret(), pes.collectivityCode(), pes.budgetCode(), pes.budgetLabel());
        PesAllerWriter.Bordereau bordereau = new PesAllerWriter.Bordereau(batch.exercise, batch.bordereauNumber,
                batch.requestedExecutionDate, batch.numberOfTransactions, batch.controlSum);
        BudgetImputation fallback = commitments.defaultImputation();
        try (Stream<Object[]> rows = entityManager.createQuery("select p.mandateNumber, p.amount, p.kind, p.sequence, "
                        + "p.creditor.name, p.creditor.iban, p.creditor.bic, p.creditor.streetName, "
                        + "p.creditor.buildingNumber, p.creditor.postCode, p.creditor.townName, "
                        + "g.reference, g.deliberationNumber, g.beneficiaryName, g.siret, g.rna, "
                        + "c.imputation.nature, c.imputation.function, c.number "
                        + "from Payment p join GrantAccount g on g.id = p.grantId "
                        + "left join Commitment c on c.grantId = p.grantId "
                        + "where p.batchId = :batch order by p.mandateNumber", Object[].class)
                .setParameter("batch", batch.id)
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            PesAllerWriter.write(header, bordereau, rows.map(row -> mandate(row, fallback)).iterator(), out);
        }
    }

    private PesAllerWriter.Mandate mandate(Object[] row, BudgetImputation fallback) {
        PaymentKind kind = (PaymentKind) row[2];
        int sequence = (Integer) row[3];
        String label = texts.paymentRemitted(kind, sequence);
        String street = row[8] == null ? (String) row[7] : row[8] + " " + row[7];
        String rna = (String) row[15];
        // Categories of the PES code lists: 50 = legal person under private law; nature 06 = association,
        // 03 = company (a cooperative); the paierie checks them with the collectivity at the homologation.
        PesAllerWriter.Creditor creditor = new PesAllerWriter.Creditor((String) row[14], (String) row[11], "50",
                rna != null && !rna.isBlank() ? "06" : "03", (String) row[13], street, (String) row[9],
                (String) row[10], (String) row[6], (String) row[5], (String) row[4]);
        String nature = row[16] == null ? fallback.nature : (String) row[16];
        String function = row[17] == null ? fallback.function : (String) row[17];
        String commitment = row[18] == null ? "" : " " + row[18];
        return new PesAllerWriter.Mandate((Integer) row[0], "Subvention ACTE " + row[11] + " - " + label
                + " - deliberation " + row[12] + commitment, nature, function, "ACTE " + row[11] + " " + label,
                "Deliberation " + row[12], (BigDecimal) row[1], creditor);
    }

    /**
     * The public accountant's answer about a bordereau: the file acknowledged (PES_Acquit) or refused
     * as a whole (PES_NonAcquit), or each mandate taken in charge or rejected (PES_Retour). A
     * rejected mandate is a rejected payment (it may be requested again); the payment itself is
     * recorded from the accountant's payment information (the status report, PAID).
     */
    @Transactional
    public List<Payment> recordAccountantAnswer(UUID batchId, PesAnswerReader.Answer answer) {
        PaymentBatch batch = batch(batchId);
        requireChannel(batch, PaymentChannel.PES);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Payment> changed = new ArrayList<>();
        if (answer instanceof PesAnswerReader.FileAccepted accepted) {
            sameFile(batch, accepted.fileName());
            batch.acknowledge(now);
        } else if (answer instanceof PesAnswerReader.FileRefused refused) {
            sameFile(batch, refused.fileName());
            String reason = "Flux refusé par le comptable public"
                    + (refused.reason() == null ? "" : " : " + refused.reason());
            if (batch.refuse(reason, now)) {
                for (Payment payment : lockedPaymentsOf(batch)) {
                    if (payment.status() == PaymentStatus.ORDERED) {
                        rejectByPayer(payment, reason, now);
                        changed.add(payment);
                    }
                }
            }
        } else if (answer instanceof PesAnswerReader.PieceDecisions decisions) {
            recordPieceDecisions(batch, decisions, now, changed);
        }
        return changed;
    }

    private void recordPieceDecisions(PaymentBatch batch, PesAnswerReader.PieceDecisions decisions,
            OffsetDateTime now, List<Payment> changed) {
        Map<Integer, Payment> byMandate = lockedPaymentsOf(batch).stream()
                .collect(Collectors.toMap(Payment::mandateNumber, Function.identity()));
        for (int i = 0; i < decisions.pieces().size(); i++) {
            PesAnswerReader.PieceDecision piece = decisions.pieces().get(i);
            if (piece.exercise() != batch.exercise || piece.bordereau() != batch.bordereauNumber
                    || !byMandate.containsKey((int) piece.piece())) {
                throw ProblemException.invalidField("pieces[" + i + "]", "La pièce " + piece.piece()
                        + " du bordereau " + piece.bordereau() + " (exercice " + piece.exercise()
                        + ") ne fait pas partie du bordereau " + batch.bordereauNumber + " de "
                        + batch.exercise + " (" + batch.messageId + ").");
            }
        }
        for (PesAnswerReader.PieceDecision piece : decisions.pieces()) {
            Payment payment = byMandate.get((int) piece.piece());
            switch (piece.decision()) {
                case TAKEN_IN_CHARGE -> {
                    if (payment.status() != PaymentStatus.REJECTED) {
                        payment.takeInCharge(piece.takenInChargeOn());
                        changed.add(payment);
                    }
                }
                case REJECTED -> {
                    if (payment.status() == PaymentStatus.ORDERED) {
                        rejectByPayer(payment, "Mandat rejeté par le comptable public"
                                + (piece.reason() == null ? "" : " : " + piece.reason()), now);
                        changed.add(payment);
                    } else if (payment.status() == PaymentStatus.PAID) {
                        throw new IllegalTransitionException("Le mandat " + payment.mandateNumber()
                                + " est déjà payé : le comptable ne peut plus le rejeter.");
                    }
                }
                case ON_HOLD, UNDECIDED -> {
                    // Nothing decided yet: the mandate stays with the accountant.
                }
            }
        }
    }

    private static void sameFile(PaymentBatch batch, String fileName) {
        if (!batch.messageId.equals(fileName)) {
            throw ProblemException.invalidField("NomFic", "Cette réponse concerne le fichier « " + fileName
                    + " », pas le bordereau " + batch.messageId + ".");
        }
    }

    /** The payments of a batch, their grants locked first in id order (as the status report does). */
    private List<Payment> lockedPaymentsOf(PaymentBatch batch) {
        List<Payment> payments = paymentsOf(batch);
        payments.stream().map(p -> p.grantId).distinct().sorted().forEach(access::locked);
        payments.forEach(entityManager::refresh);
        return payments;
    }

    private void rejectByPayer(Payment payment, String reason, OffsetDateTime now) {
        payment.reject(user.subject(), reason, now);
        GrantAccount grant = GrantAccount.findById(payment.grantId);
        outbox.publish(PaymentEvents.REJECTED, grant.id.toString(), EventPayloads.Rejected.of(grant, payment, true));
    }

    private Pain001Writer.Transfer transfer(Object[] row) {
        PaymentKind kind = (PaymentKind) row[2];
        int sequence = (Integer) row[3];
        String label = texts.paymentRemitted(kind, sequence);
        return new Pain001Writer.Transfer(Payment.endToEndId((UUID) row[0]), (BigDecimal) row[1],
                new Pain001Writer.Party((String) row[4], (String) row[5], (String) row[6],
                        new Pain001Writer.PostalAddress((String) row[7], (String) row[8], (String) row[9],
                                (String) row[10], (String) row[11])),
                "Subvention ACTE " + row[12] + " " + label + " deliberation " + row[13]);
    }

    /** The end-to-end id as the bank returns it (32 characters) or the payment id as the API shows it. */
    static UUID paymentId(String endToEndId, String field) {
        String id = endToEndId == null ? "" : endToEndId.strip();
        if (id.length() == 32) {
            id = id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-"
                    + id.substring(16, 20) + "-" + id.substring(20);
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "« " + endToEndId + " » n'est pas une référence de bout en bout "
                    + "émise par ACTE (32 caractères hexadécimaux).");
        }
    }

    static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
