package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.BankIdentifiers;
import fr.hautsdefrance.acte.payment.domain.BudgetImputation;
import fr.hautsdefrance.acte.payment.domain.Commitment;
import fr.hautsdefrance.acte.payment.domain.CommitmentStatus;
import fr.hautsdefrance.acte.payment.domain.ExpenseCategory;
import fr.hautsdefrance.acte.payment.domain.ExpenseLine;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.LineDecision;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentBatch;
import fr.hautsdefrance.acte.payment.domain.PaymentChannel;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.domain.ScheduleParameters;
import fr.hautsdefrance.acte.payment.domain.Stage;
import fr.hautsdefrance.acte.payment.service.GrantService;
import fr.hautsdefrance.acte.payment.service.Texts;
import io.quarkus.qute.i18n.MessageBundles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API answers: views of the domain, never the entities themselves. */
public final class Views {

    private Views() {
    }

    /** One page of a list: {@code page} counts from 0; {@code total} is the number of items on every page. */
    public record Page<T>(List<T> items, long total, int page, int size) {

        static <T> Page<T> of(fr.hautsdefrance.acte.payment.service.Page<T> page) {
            return new Page<>(page.items(), page.total(), page.page(), page.size());
        }
    }

    public record GrantSummary(UUID id, String reference, String title, UUID organisationId, String organisationName,
            GrantStatus status, BigDecimal awardedAmount, BigDecimal paidAmount, BigDecimal finalAmount,
            String deliberationNumber, LocalDate decidedAt, LocalDate lapseDate, OffsetDateTime agreementSignedAt) {

        static GrantSummary of(GrantAccount g) {
            return new GrantSummary(g.id, g.reference, g.title, g.organisationId, g.organisationName, g.status(),
                    g.awardedAmount, g.paidAmount(), g.finalAmount(), g.deliberationNumber, g.decidedAt, g.lapseDate,
                    g.agreementSignedAt());
        }
    }

    public record RulesView(String ruleVersion, BigDecimal advanceRate, BigDecimal instalmentCeiling,
            BigDecimal minimumPayment, int validityMonths) {

        static RulesView of(ScheduleParameters rules) {
            return new RulesView(rules.ruleVersion, rules.advanceRate, rules.instalmentCeiling, rules.minimumPayment,
                    rules.validityMonths);
        }
    }

    public record PlannedExpenseView(ExpenseCategory category, BigDecimal amount) {
    }

    /**
     * A grant. {@code rate} and {@code votedRate} are the voted rate (award ÷ planned eligible base,
     * rounded for display; amounts use the exact fraction); {@code ceilingRate} is the scheme's
     * ceiling at the assessment; {@code eligibleBase} and {@code plannedEligibleBase} are the planned base.
     */
    public record GrantView(UUID id, String reference, String title, UUID organisationId, String organisationName,
            String beneficiaryName, String siret, GrantStatus status, Stage stage, List<ExpenseCategory> eligibleCategories,
            BigDecimal awardedAmount, BigDecimal rate, BigDecimal votedRate, BigDecimal ceilingRate,
            BigDecimal eligibleBase, BigDecimal plannedEligibleBase, String deliberationNumber,
            LocalDate decidedAt, OffsetDateTime agreementSignedAt, LocalDate lapseDate, RulesView rules,
            BigDecimal advanceAmount, BigDecimal instalmentCap, BigDecimal paidAmount, BigDecimal finalAmount,
            List<PlannedExpenseView> plannedExpenses, List<PaymentView> payments, List<BankAccountView> bankAccounts,
            RecoveryView recovery, CommitmentView commitment) {

        static GrantView of(GrantService.GrantFile file, boolean fullIban) {
            GrantAccount g = file.grant();
            List<ExpenseCategory> eligible = java.util.Arrays.stream(ExpenseCategory.values())
                    .filter(c -> Stage.isEligible(g.stage, c)).toList();
            return new GrantView(g.id, g.reference, g.title, g.organisationId, g.organisationName, g.beneficiaryName,
                    g.siret, g.status(), g.stage, eligible, g.awardedAmount, g.votedRate().shown(),
                    g.votedRate().shown(), g.ceilingRate, g.plannedEligibleBase, g.plannedEligibleBase,
                    g.deliberationNumber, g.decidedAt, g.agreementSignedAt(), g.lapseDate, RulesView.of(g.rules),
                    g.advanceAmount(), file.instalmentCap(), g.paidAmount(), g.finalAmount(),
                    g.plannedExpenses.stream().map(p -> new PlannedExpenseView(p.category, p.amount)).toList(),
                    file.payments().stream().map(p -> PaymentView.of(p, fullIban)).toList(),
                    file.bankAccounts().stream().map(a -> BankAccountView.of(a, fullIban)).toList(),
                    file.recovery() == null ? null : RecoveryView.of(file.recovery()),
                    file.commitment() == null ? null : CommitmentView.of(file.commitment()));
        }
    }

    /** A budget imputation (M57): budget, chapter, nature, function, programme, commitment authorisation. */
    public record ImputationView(String budget, String chapter, String nature, String function, String programme,
            String authorisation, String line) {

        static ImputationView of(BudgetImputation i) {
            return new ImputationView(i.budget, i.chapter, i.nature, i.function, i.programme, i.authorisation,
                    i.line());
        }
    }

    /** The award's commitment: its number, imputation, and what was released (dégagement). */
    public record CommitmentView(String number, int budgetYear, ImputationView imputation, boolean defaultImputation,
            BigDecimal amount, BigDecimal releasedAmount, BigDecimal remainingAmount, CommitmentStatus status,
            String releaseReason, OffsetDateTime committedAt, OffsetDateTime releasedAt) {

        static CommitmentView of(Commitment c) {
            return new CommitmentView(c.number, c.budgetYear, ImputationView.of(c.imputation), c.defaultImputation,
                    c.amount, c.releasedAmount(), c.remainingAmount(), c.status(), c.releaseReason(), c.committedAt,
                    c.releasedAt());
        }
    }

    /** The imputation the awards of a call are committed on; {@code defaultImputation} when finance set none. */
    public record CallImputationView(UUID callId, ImputationView imputation, boolean defaultImputation,
            String updatedBy, OffsetDateTime updatedAt) {
    }

    public record LineView(int line, ExpenseCategory category, String label, BigDecimal realisedAmount,
            List<String> supportingDocuments, LineDecision decision, BigDecimal acceptedAmount, String comment) {

        static LineView of(int line, ExpenseLine l) {
            return new LineView(line, l.category, l.label, l.realisedAmount, List.copyOf(l.supportingDocuments),
                    l.decision, l.acceptedAmount, l.officerComment);
        }
    }

    public record CreditorView(UUID bankAccountId, String holderName, String iban, String bic, String townName) {
    }

    public record PaymentView(UUID id, UUID grantId, String endToEndId, PaymentKind kind, int sequence, String label,
            PaymentStatus status, BigDecimal plannedAmount, BigDecimal requestedAmount, BigDecimal amount,
            BigDecimal acceptedEligibleBase, String requestedBy, String requestedByName, OffsetDateTime requestedAt,
            String validatedBy, OffsetDateTime validatedAt, String preparedBy, String preparedByName,
            OffsetDateTime preparedAt, String approvedBy, String approvedByName, OffsetDateTime approvedAt,
            UUID batchId, OffsetDateTime orderedAt, Integer mandateNumber, LocalDate takenInChargeOn,
            OffsetDateTime paidAt, OffsetDateTime rejectedAt, String rejectionReason, CreditorView creditor,
            List<LineView> lines, LiquidationReturnView liquidationReturn) {

        static PaymentView of(Payment p, boolean fullIban) {
            CreditorView creditor = p.creditor() == null || p.creditor().iban == null ? null
                    : new CreditorView(p.creditor().bankAccountId, p.creditor().name,
                    fullIban ? p.creditor().iban : BankIdentifiers.masked(p.creditor().iban), p.creditor().bic,
                    p.creditor().townName);
            List<LineView> lines = new java.util.ArrayList<>();
            for (int i = 0; i < p.lines.size(); i++) {
                lines.add(LineView.of(i, p.lines.get(i)));
            }
            return new PaymentView(p.id, p.grantId, p.endToEndId(), p.kind, p.sequence,
                    MessageBundles.get(Texts.class).payment(p.kind, p.sequence), p.status(),
                    p.plannedAmount, p.requestedAmount(), p.amount(), p.acceptedEligibleBase(), p.requestedBy(),
                    p.requestedByName(), p.requestedAt(), p.validatedBy(), p.validatedAt(), p.preparedBy(),
                    p.preparedByName(), p.preparedAt(), p.approvedBy(), p.approvedByName(), p.approvedAt(),
                    p.batchId(), p.orderedAt(), p.mandateNumber(), p.takenInChargeOn(), p.paidAt(), p.rejectedAt(),
                    p.rejectionReason(), creditor, lines, p.liquidationReturnedAt() == null ? null
                    : new LiquidationReturnView(p.liquidationReturnedBy(), p.liquidationReturnedByName(),
                    p.liquidationReturnedAt(), p.liquidationReturnReason()));
        }
    }

    /** Finance's last return of the liquidation to the officer: who, when and why. */
    public record LiquidationReturnView(String returnedBy, String returnedByName, OffsetDateTime returnedAt,
            String reason) {
    }

    public record BankAccountView(UUID id, UUID grantId, String holderName, String iban, String bic, String streetName,
            String buildingNumber, String postCode, String townName, String country, BankAccountStatus status,
            String enteredBy, String enteredByName, OffsetDateTime enteredAt, String decidedBy, String decidedByName,
            OffsetDateTime decidedAt, String rejectionReason, OffsetDateTime blockedAt, String blockedReason) {

        static BankAccountView of(BankAccount a, boolean fullIban) {
            return new BankAccountView(a.id, a.grantId, a.holderName, fullIban ? a.iban : BankIdentifiers.masked(a.iban),
                    a.bic, a.streetName, a.buildingNumber, a.postCode, a.townName, a.country, a.status(), a.enteredBy,
                    a.enteredByName, a.enteredAt, a.decidedBy(), a.decidedByName(), a.decidedAt(), a.rejectionReason(),
                    a.blockedAt(), a.blockedReason());
        }
    }

    public record RecoveryView(UUID id, UUID grantId, UUID paymentId, RecoveryStatus status, BigDecimal amount,
            BigDecimal finalAmount, BigDecimal paidAmount, BigDecimal realisedEligibleBase, String reason,
            String proposedBy, OffsetDateTime proposedAt, String checkedBy, String checkedByName,
            OffsetDateTime checkedAt, String refusalReason, OffsetDateTime issuedAt, LocalDate collectedOn,
            String cancellationReason, String settledBy, OffsetDateTime settledAt, Integer titreNumber,
            UUID recoveryBatchId) {

        static RecoveryView of(RecoveryOrder r) {
            boolean issued = r.status() != RecoveryStatus.PROPOSED && r.status() != RecoveryStatus.REFUSED;
            return new RecoveryView(r.id, r.grantId, r.paymentId, r.status(), r.amount, r.finalAmount, r.paidAmount,
                    r.realisedEligibleBase, r.reason, r.proposedBy, r.proposedAt, r.checkedBy(), r.checkedByName(),
                    r.checkedAt(), r.refusalReason(), issued ? r.checkedAt() : null, r.collectedOn(),
                    r.cancellationReason(), r.settledBy(), r.settledAt(), r.titreNumber(), r.batchId());
        }
    }

    /** A bordereau of titres de recette sent to the public accountant. */
    public record RecoveryBatchView(UUID id, String fileName, int exercise, int bordereauNumber, LocalDate issuedOn,
            int numberOfTitres, BigDecimal total, String createdBy, OffsetDateTime createdAt,
            List<RecoveryView> recoveries) {

        static RecoveryBatchView of(fr.hautsdefrance.acte.payment.domain.RecoveryBatch b, List<RecoveryOrder> orders) {
            return new RecoveryBatchView(b.id, b.fileName, b.exercise, b.bordereauNumber, b.issuedOn,
                    b.numberOfTitres, b.total, b.createdBy, b.createdAt, orders.stream().map(RecoveryView::of).toList());
        }
    }

    public record BatchPayment(UUID paymentId, String endToEndId, UUID grantId, String grantReference,
            PaymentKind kind, int sequence, BigDecimal amount, PaymentStatus status, Integer mandateNumber,
            LocalDate takenInChargeOn, String rejectionReason) {
    }

    /**
     * A batch: a bordereau of mandates (channel PES: exercise, bordereau number, the accountant's
     * acknowledgement or refusal) or a SEPA file; {@code messageId} is the file's name.
     */
    public record BatchView(UUID id, PaymentChannel channel, String messageId, Integer exercise,
            Integer bordereauNumber, LocalDate requestedExecutionDate, int numberOfTransactions, BigDecimal controlSum,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt, OffsetDateTime refusedAt,
            String refusalReason, List<BatchPayment> payments) {

        static BatchView of(PaymentBatch b, List<Payment> payments, java.util.Map<UUID, GrantAccount> grants) {
            return new BatchView(b.id, b.channel, b.messageId, b.exercise, b.bordereauNumber,
                    b.requestedExecutionDate, b.numberOfTransactions, b.controlSum, b.createdBy, b.createdAt,
                    b.acknowledgedAt(), b.refusedAt(), b.refusalReason(), payments == null ? null : payments.stream()
                    .map(p -> new BatchPayment(p.id, p.endToEndId(), p.grantId, grants.get(p.grantId).reference,
                            p.kind, p.sequence, p.amount(), p.status(), p.mandateNumber(), p.takenInChargeOn(),
                            p.rejectionReason())).toList());
        }
    }
}
