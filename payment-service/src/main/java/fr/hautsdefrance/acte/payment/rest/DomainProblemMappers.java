package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.domain.FourEyesException;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.service.Refusals;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.problem.ProblemMappers;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.List;

/** The domain's refusals, and the database's, as problem documents. */
public class DomainProblemMappers {

    private final Refusals refusals;

    @Inject
    public DomainProblemMappers(Refusals refusals) {
        this.refusals = refusals;
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemException.conflict("illegal-transition", refusals.message(e)), uri);
    }

    @ServerExceptionMapper
    public Response paymentRule(PaymentRuleException e, UriInfo uri) {
        return ProblemMappers.respond(new ProblemException(422, "payment-rule", "Versement refusé", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response fourEyes(FourEyesException e, UriInfo uri) {
        return ProblemMappers.respond(new ProblemException(403, "four-eyes", "Contrôle à quatre yeux", e.getMessage(),
                List.of()), uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        return database(e, uri);
    }

    /** A constraint checked at commit arrives wrapped in the transaction's rollback. */
    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri) {
        return database(e, uri);
    }

    /**
     * A commit that fails (a deferred check, the award trigger at flush) leaves the transactional
     * interceptor as an undeclared RollbackException: the cause decides, as above.
     */
    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e, UriInfo uri) {
        return database(e, uri);
    }

    /**
     * The database refused a change the code let through, because another request on the same grant
     * got there first: the caller reloads and decides again. Anything else is unexpected.
     */
    private static Response database(Exception e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemMappers.respond(ProblemException.conflict("concurrent-change", "Quelqu'un d'autre vient de "
                        + "modifier cette subvention : rechargez-la puis recommencez."), uri);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23514") && String.valueOf(sql.getMessage()).contains("award")) {
                    return ProblemMappers.respond(ProblemException.conflict("award-exceeded", "Ce versement "
                            + "dépasserait le montant attribué à la subvention : il est refusé."), uri);
                }
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                    return ProblemMappers.respond(ProblemException.conflict("concurrent-request", "Une autre demande "
                            + "sur cette subvention vient d'être enregistrée : rechargez-la et vérifiez avant de "
                            + "recommencer."), uri);
                }
            }
        }
        return new ProblemMappers().unexpected(e, uri, null);
    }
}
