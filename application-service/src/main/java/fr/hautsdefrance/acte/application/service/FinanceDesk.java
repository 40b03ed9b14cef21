package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.FinanceClient;
import fr.hautsdefrance.acte.application.client.FinanceViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The finance officers' desk, kept by payment-service and called with their own token: the
 * mandates to prepare and to approve (payment-service refuses the second step to whoever took the
 * first), the bordereaux sent to the public accountant and their answers, the titres to collect.
 */
@ApplicationScoped
public class FinanceDesk {

    private final FinanceClient finance;

    @Inject
    public FinanceDesk(FinanceClient finance) {
        this.finance = finance;
    }

    /** Everything waiting for finance, for the desk's page. */
    public record Waiting(List<FinanceViews.Mandate> toPrepare, List<FinanceViews.Mandate> toApprove,
            List<FinanceViews.Mandate> approved, List<FinanceViews.Batch> batches,
            List<FinanceViews.Recovery> toCollect) {
    }

    public Waiting waiting() {
        List<FinanceViews.Mandate> liquidated = finance.payments("VALIDATED").items();
        return new Waiting(liquidated.stream().filter(m -> !m.prepared()).toList(),
                liquidated.stream().filter(FinanceViews.Mandate::prepared).toList(),
                finance.payments("APPROVED").items(), finance.batches().items(),
                finance.recoveries("ISSUED").items());
    }

    public FinanceViews.Mandate prepare(UUID paymentId) {
        return finance.prepare(paymentId);
    }

    /** The liquidation is wrong: back to the officer with the reason, instead of a mandate. */
    public FinanceViews.Mandate returnLiquidation(UUID paymentId, String reason) {
        return finance.returnLiquidation(paymentId, reason);
    }

    public FinanceViews.Mandate approve(UUID paymentId, String idempotencyKey) {
        return finance.approve(paymentId, idempotencyKey);
    }

    /** Every approved mandate in a new bordereau (or SEPA file, per the deployment's channel). */
    public FinanceViews.Batch newBatch(String idempotencyKey) {
        return finance.newBatch(idempotencyKey);
    }

    public FinanceViews.Batch batch(UUID batchId) {
        return finance.batch(batchId);
    }

    public byte[] pesFile(UUID batchId) {
        return finance.pesFile(batchId);
    }

    /** The accountant's PES_Acquit, PES_NonAcquit or PES_Retour, as received. */
    public FinanceViews.Batch importAccountantAnswer(UUID batchId, byte[] file) {
        return finance.accountantAnswer(batchId, file);
    }

    public FinanceViews.Recovery collect(UUID recoveryId, LocalDate collectedOn) {
        return finance.collect(recoveryId, collectedOn);
    }

    public byte[] paymentsExport() {
        return finance.export();
    }
}
