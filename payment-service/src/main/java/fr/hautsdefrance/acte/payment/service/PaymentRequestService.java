package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.domain.ExpenseCategory;
import fr.hautsdefrance.acte.payment.domain.ExpenseLine;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.payment.domain.LineDecision;
import fr.hautsdefrance.acte.payment.domain.MoneyRules;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.Stage;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment requests (demandes de versement): the beneficiary asks for the advance, an instalment or
 * the balance; the officer reviews the expense statement line by line; the amount due follows the
 * scheme's rules (ceiling before the balance, proration and recovery on the balance, minimum).
 * One request at a time per grant, and every command on a grant runs under its lock.
 */
@ApplicationScoped
public class PaymentRequestService {

    /** Who validates what needs no review (the advance: no expense statement). */
    public static final String AUTOMATIC = "acte-payment-service";

    private final Access access;
    private final Impartiality impartiality;
    private final CommitmentService commitments;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public PaymentRequestService(Access access, Impartiality impartiality, CommitmentService commitments, Outbox outbox,
            CurrentUser user, Clock clock) {
        this.access = access;
        this.impartiality = impartiality;
        this.commitments = commitments;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /** A line of an expense statement, as the beneficiary declares it. */
    public record StatementLine(ExpenseCategory category, String label, BigDecimal realisedAmount,
            List<String> supportingDocuments) {
    }

    /** The officer's decision on one line. */
    public record LineReview(LineDecision decision, BigDecimal acceptedAmount, String comment) {
    }

    @Transactional
    public Payment request(UUID grantId, PaymentKind kind, List<StatementLine> statement) {
        GrantAccount grant = access.asMemberLocked(grantId);
        grant.ensureOpen();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Payment> payments = Payment.list("grantId", grant.id);
        payments.stream().filter(p -> p.status().inProgress()).findFirst().ifPresent(p -> {
            throw new IllegalTransitionException(
                    new IllegalTransitionException.PaymentInProgress(p.kind, p.sequence, p.status()));
        });
        if (kind == PaymentKind.ADVANCE && payments.stream().anyMatch(p -> p.kind != PaymentKind.ADVANCE
                && p.requestedAt() != null)) {
            // The advance opens the schedule: once an instalment or the balance was asked for, it is forgone.
            throw new IllegalTransitionException("L'avance n'est plus due : un acompte ou le solde a déjà été demandé "
                    + "sur cette subvention. Demandez un acompte avec l'état des dépenses réalisées.");
        }
        List<ExpenseLine> lines = lines(grant, kind, statement);
        Payment payment = switch (kind) {
            case ADVANCE -> scheduledOrNew(grant, payments, PaymentKind.ADVANCE, now);
            case BALANCE -> scheduledOrNew(grant, payments, PaymentKind.BALANCE, now);
            case INSTALMENT -> {
                int sequence = (int) payments.stream().filter(p -> p.kind == PaymentKind.INSTALMENT
                        && p.status() != PaymentStatus.REJECTED).count() + 1;
                Payment instalment = Payment.scheduled(grant.id, PaymentKind.INSTALMENT, sequence, null, now);
                instalment.persist();
                yield instalment;
            }
        };
        BigDecimal provisional = provisionalAmount(grant, kind, lines);
        if (kind != PaymentKind.BALANCE && provisional.signum() == 0) {
            throw new PaymentRuleException("lines", kind == PaymentKind.INSTALMENT
                    ? "Aucun acompte n'est dû : les versements atteignent déjà " + MoneyRules.french(grant.paidAmount())
                    + " et, avant le solde, ils ne dépassent pas " + MoneyRules.french(
                    MoneyRules.instalmentCap(grant.awardedAmount, grant.rules)) + " ni la part des dépenses "
                    + "éligibles financée par la subvention. Demandez le solde avec l'état final des dépenses."
                    : "Aucune avance n'est due sur cette subvention.");
        }
        if (MoneyRules.belowMinimum(kind, provisional, grant.rules)) {
            throw new PaymentRuleException("lines", "Ce versement (" + MoneyRules.french(provisional)
                    + ") serait inférieur au minimum de " + MoneyRules.french(grant.rules.minimumPayment)
                    + " : attendez d'avoir réalisé davantage de dépenses, ou demandez le solde.");
        }
        payment.request(user.subject(), user.displayName(), lines, provisional, now);
        if (kind != PaymentKind.ADVANCE) {
            forgoScheduledAdvance(payments, now);
        }
        outbox.publish(PaymentEvents.REQUESTED, grant.id.toString(), EventPayloads.Requested.of(grant, payment));
        if (kind == PaymentKind.ADVANCE) {
            // Nothing to review: the advance is the scheduled share of the award, its service fait the signed agreement.
            payment.validate(AUTOMATIC, null, provisional, now);
            publishLiquidation(grant, payment);
        }
        return payment;
    }

    /**
     * The officer's review of the expense statement, line by line. Lines outside the categories the
     * scheme funds at the project's stage cannot be accepted. Fixes the amount due; on the balance,
     * the grant is prorated on the realised eligible expenses and any overpayment is claimed back.
     */
    @Transactional
    public Payment review(UUID paymentId, List<LineReview> reviews) {
        Access.LockedPayment locked = access.paymentLocked(paymentId);
        GrantAccount grant = locked.grant();
        impartiality.ensureImpartial(grant, Impartiality.Step.PAYMENT_REVIEW);
        Payment payment = locked.payment();
        if (payment.status() != PaymentStatus.REQUESTED) {
            throw payment.refused("il n'y a pas d'état des dépenses à examiner");
        }
        if (payment.kind == PaymentKind.ADVANCE) {
            throw new IllegalTransitionException("L'avance ne comporte pas d'état des dépenses à examiner.");
        }
        if (reviews.size() != payment.lines.size()) {
            throw new PaymentRuleException("lines", "L'état des dépenses compte " + payment.lines.size()
                    + " lignes : indiquez une décision pour chacune, dans l'ordre (" + reviews.size() + " reçues).");
        }
        BigDecimal acceptedBase = BigDecimal.ZERO;
        for (int i = 0; i < reviews.size(); i++) {
            ExpenseLine line = payment.lines.get(i);
            LineReview review = reviews.get(i);
            String field = "lines[" + i + "]";
            if (review.decision() == LineDecision.ACCEPTED) {
                if (!Stage.isEligible(grant.stage, line.category)) {
                    throw new PaymentRuleException(field + ".decision", "La ligne « " + line.label + " » relève de la "
                            + "catégorie " + line.category + ", qui n'est pas éligible au stade " + grant.stage
                            + " du projet : rejetez-la en indiquant ce motif.");
                }
                BigDecimal accepted = review.acceptedAmount() == null ? line.realisedAmount
                        : MoneyRules.euros(review.acceptedAmount());
                if (accepted.signum() < 0 || accepted.compareTo(line.realisedAmount) > 0) {
                    throw new PaymentRuleException(field + ".acceptedAmount", "Le montant retenu doit être compris "
                            + "entre 0 et le montant réalisé déclaré (" + MoneyRules.french(line.realisedAmount) + ").");
                }
                line.decision = LineDecision.ACCEPTED;
                line.acceptedAmount = accepted;
                line.officerComment = review.comment();
                acceptedBase = acceptedBase.add(accepted);
            } else if (review.decision() == LineDecision.REJECTED) {
                if (review.comment() == null || review.comment().isBlank()) {
                    throw new PaymentRuleException(field + ".comment", "Motivez le rejet de la ligne « " + line.label
                            + " » : le bénéficiaire doit en connaître la raison.");
                }
                line.decision = LineDecision.REJECTED;
                line.acceptedAmount = MoneyRules.ZERO;
                line.officerComment = review.comment();
            } else {
                throw new PaymentRuleException(field + ".decision", "Indiquez ACCEPTED ou REJECTED pour la ligne « "
                        + line.label + " ».");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (payment.kind == PaymentKind.INSTALMENT) {
            BigDecimal due = MoneyRules.instalment(grant.awardedAmount, grant.votedRate(), acceptedBase, grant.paidAmount(),
                    grant.rules);
            if (MoneyRules.belowMinimum(PaymentKind.INSTALMENT, due, grant.rules)) {
                payment.reject(user.subject(), "Au vu des dépenses retenues (" + MoneyRules.french(acceptedBase)
                        + " éligibles), l'acompte dû serait de " + MoneyRules.french(due) + ", sous le minimum de "
                        + MoneyRules.french(grant.rules.minimumPayment) + " : il n'est pas versé. Les dépenses "
                        + "pourront être présentées à nouveau avec la demande suivante ou le solde.", now);
                outbox.publish(PaymentEvents.REJECTED, grant.id.toString(),
                        EventPayloads.Rejected.of(grant, payment, false));
                return payment;
            }
            payment.validate(user.subject(), acceptedBase, due, now);
            publishLiquidation(grant, payment);
            return payment;
        }
        MoneyRules.Balance outcome = MoneyRules.balance(grant.awardedAmount, grant.votedRate(), acceptedBase,
                grant.paidAmount());
        payment.validate(user.subject(), acceptedBase, outcome.due(), now);
        if (outcome.recovery().signum() > 0) {
            // A final amount that claims money back is checked by a second person before anything is issued.
            RecoveryOrder.propose(grant, payment, outcome, acceptedBase, user.subject(), now).persist();
            return payment;
        }
        commitments.fixFinalAmount(grant, outcome.finalAmount(), now);
        if (outcome.due().signum() == 0) {
            settleBalanceWithoutTransfer(grant, payment, now);
        } else {
            publishLiquidation(grant, payment);
        }
        return payment;
    }

    /** The service fait is certified and something is due: the mandate awaits finance. */
    private void publishLiquidation(GrantAccount grant, Payment payment) {
        outbox.publish(PaymentEvents.LIQUIDATED, grant.id.toString(), EventPayloads.Liquidated.of(grant, payment));
    }

    /** A balance with nothing left to pay is settled at 0.00 and the grant closed. */
    private void settleBalanceWithoutTransfer(GrantAccount grant, Payment payment, OffsetDateTime now) {
        payment.settleWithoutTransfer(now);
        grant.close(now);
        outbox.publish(PaymentEvents.PAID, grant.id.toString(), EventPayloads.Paid.of(grant, payment, true));
    }

    /** The officer refuses the whole request, with the reason. */
    @Transactional
    public Payment reject(UUID paymentId, String reason) {
        Access.LockedPayment locked = access.paymentLocked(paymentId);
        GrantAccount grant = locked.grant();
        impartiality.ensureImpartial(grant, Impartiality.Step.PAYMENT_REJECTION);
        Payment payment = locked.payment();
        if (payment.status() != PaymentStatus.REQUESTED) {
            throw payment.refused("seule une demande en attente d'examen peut être rejetée");
        }
        payment.reject(user.subject(), reason, OffsetDateTime.now(clock));
        outbox.publish(PaymentEvents.REJECTED, grant.id.toString(), EventPayloads.Rejected.of(grant, payment, false));
        return payment;
    }

    private static List<ExpenseLine> lines(GrantAccount grant, PaymentKind kind, List<StatementLine> statement) {
        List<StatementLine> declared = statement == null ? List.of() : statement;
        if (kind == PaymentKind.ADVANCE) {
            if (!declared.isEmpty()) {
                throw new PaymentRuleException("lines", "L'avance se demande sans état des dépenses : retirez les lignes.");
            }
            return List.of();
        }
        if (declared.isEmpty()) {
            throw new PaymentRuleException("lines", "Joignez l'état récapitulatif des dépenses réalisées depuis le début "
                    + "du projet : au moins une ligne, avec ses justificatifs.");
        }
        List<ExpenseLine> lines = new ArrayList<>();
        for (StatementLine line : declared) {
            lines.add(new ExpenseLine(line.category(), line.label().strip(), line.realisedAmount(),
                    line.supportingDocuments()));
        }
        return lines;
    }

    /** What the request gives if every line is accepted as declared (ineligible categories aside). */
    private static BigDecimal provisionalAmount(GrantAccount grant, PaymentKind kind, List<ExpenseLine> lines) {
        BigDecimal claimedBase = lines.stream().filter(l -> Stage.isEligible(grant.stage, l.category))
                .map(l -> l.realisedAmount).reduce(MoneyRules.ZERO, BigDecimal::add);
        return switch (kind) {
            case ADVANCE -> grant.advanceAmount();
            case INSTALMENT -> MoneyRules.instalment(grant.awardedAmount, grant.votedRate(), claimedBase, grant.paidAmount(),
                    grant.rules);
            case BALANCE -> MoneyRules.balance(grant.awardedAmount, grant.votedRate(), claimedBase, grant.paidAmount()).due();
        };
    }

    /** The advance or the balance of the schedule; a new one when the previous was rejected. */
    private static Payment scheduledOrNew(GrantAccount grant, List<Payment> payments, PaymentKind kind,
            OffsetDateTime now) {
        Optional<Payment> live = payments.stream().filter(p -> p.kind == kind && p.status() != PaymentStatus.REJECTED)
                .findFirst();
        if (live.isPresent()) {
            if (live.get().status() != PaymentStatus.SCHEDULED) {
                throw new IllegalTransitionException(new IllegalTransitionException.PaymentAlreadyRequested(
                        live.get().kind, live.get().sequence, live.get().status()));
            }
            return live.get();
        }
        Payment payment = Payment.scheduled(grant.id, kind, 1, kind == PaymentKind.ADVANCE ? grant.advanceAmount() : null,
                now);
        payment.persist();
        return payment;
    }

    /** An instalment or the balance is requested before the advance: the advance is no longer offered. */
    private static void forgoScheduledAdvance(List<Payment> payments, OffsetDateTime now) {
        payments.stream().filter(p -> p.kind == PaymentKind.ADVANCE && p.status() == PaymentStatus.SCHEDULED)
                .forEach(p -> p.reject(AUTOMATIC, "Avance non demandée : le bénéficiaire a demandé un acompte ou le "
                        + "solde.", now));
    }
}
