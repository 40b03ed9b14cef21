package fr.hautsdefrance.acte.application.client;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The officer's liquidation of a payment request, sent to payment-service with the officer's own
 * token. Its refusals (a line's amount, a déport, a request no longer awaiting review) come back as
 * {@link ProblemException}s with its French messages and field paths; when it cannot be reached, a
 * 503 says so. Nothing is retried: a review is not a read.
 */
@ApplicationScoped
public class LiquidationClient {

    private final LiquidationApi api;

    @Inject
    public LiquidationClient(@RestClient LiquidationApi api) {
        this.api = api;
    }

    public GrantDetails.Payment review(UUID paymentId, List<LineReview> lines) {
        return call(() -> api.review(paymentId, new LiquidationApi.Review(lines)));
    }

    public GrantDetails.Payment reject(UUID paymentId, String reason) {
        return call(() -> api.reject(paymentId, new LiquidationApi.Rejection(reason)));
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
