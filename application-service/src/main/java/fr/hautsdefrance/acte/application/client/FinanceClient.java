package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Calls to payment-service's finance API on behalf of the signed-in finance officer. Its refusals
 * (four-eyes, a transition no longer possible, an unreadable file) come back as
 * {@link ProblemException}s with its French messages; when it cannot be reached or fails, a 503
 * says so (the client's read timeout bounds a slow answer). Nothing is retried: preparing, approving or
 * importing twice is not a read.
 */
@ApplicationScoped
public class FinanceClient {

    /** More than a finance department has waiting at once; the pages show the oldest first. */
    static final int LISTED = 100;

    private final FinanceApi api;

    @Inject
    public FinanceClient(@RestClient FinanceApi api) {
        this.api = api;
    }

    public FinanceViews.Page<FinanceViews.Mandate> payments(String status) {
        return call(() -> api.payments(status, LISTED));
    }

    public FinanceViews.Mandate prepare(UUID paymentId) {
        return call(() -> api.prepare(paymentId));
    }

    public FinanceViews.Mandate returnLiquidation(UUID paymentId, String reason) {
        return call(() -> api.returnLiquidation(paymentId, new FinanceViews.LiquidationReturn(reason)));
    }

    public FinanceViews.Mandate approve(UUID paymentId, String idempotencyKey) {
        return call(() -> api.approve(paymentId, idempotencyKey));
    }

    public byte[] export() {
        return call(api::export);
    }

    public FinanceViews.Page<FinanceViews.Batch> batches() {
        return call(() -> api.batches(LISTED));
    }

    public FinanceViews.Batch newBatch(String idempotencyKey) {
        return call(() -> api.newBatch(idempotencyKey, new FinanceViews.NewBatch(null)));
    }

    public FinanceViews.Batch batch(UUID batchId) {
        return call(() -> api.batch(batchId));
    }

    public byte[] pesFile(UUID batchId) {
        return call(() -> api.pesFile(batchId));
    }

    public FinanceViews.Batch accountantAnswer(UUID batchId, byte[] file) {
        return call(() -> api.accountantAnswer(batchId, file));
    }

    public FinanceViews.Page<FinanceViews.Recovery> recoveries(String status) {
        return call(() -> api.recoveries(status, LISTED));
    }

    public FinanceViews.Recovery collect(UUID recoveryId, LocalDate collectedOn) {
        return call(() -> api.collect(recoveryId, new FinanceViews.Collection(collectedOn)));
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw RemoteProblems.refusal(e, PaymentClient.SERVICE);
        } catch (ProcessingException e) {
            throw RemoteProblems.unavailable(PaymentClient.SERVICE);
        }
    }
}
