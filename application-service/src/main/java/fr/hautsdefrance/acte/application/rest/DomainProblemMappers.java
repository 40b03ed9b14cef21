package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicationRuleException;
import fr.hautsdefrance.acte.application.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.application.domain.IncompleteApplicationException;
import fr.hautsdefrance.acte.application.domain.organisation.InvalidOrganisationException;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException;
import fr.hautsdefrance.acte.application.service.DepositAdmission;
import fr.hautsdefrance.acte.application.service.Refusals;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.problem.ProblemMappers;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.hautsdefrance.acte.application.domain.committee.CommitteeRuleException;

import java.util.List;

/** The domain's refusals, as problem documents. */
public class DomainProblemMappers {

    private final Refusals refusals;

    @Inject
    public DomainProblemMappers(Refusals refusals) {
        this.refusals = refusals;
    }

    /** Beyond the bound on deposits in progress: the problem, and when to come back. */
    @ServerExceptionMapper
    public Response tooManyDeposits(DepositAdmission.Refused e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(ProblemMappers.respond(e, uri, headers))
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ProblemException.conflict("illegal-transition", refusals.message(e)), uri, headers);
    }

    @ServerExceptionMapper
    public Response incomplete(IncompleteApplicationException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(new ProblemException(422, "incomplete-application", "Dossier incomplet",
                e.getMessage(), e.missing().stream().map(m -> new Problem.FieldError(m.field(), m.message())).toList()),
                uri, headers);
    }

    @ServerExceptionMapper
    public Response applicationRule(ApplicationRuleException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(new ProblemException(422, "application-rule", "Action refusée", e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))), uri, headers);
    }

    /** What a session's status or calendar forbids now: the same request may succeed later. */
    @ServerExceptionMapper
    public Response committeeRule(CommitteeRuleException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ProblemException.conflict(e.code(), e.getMessage()), uri, headers);
    }

    /** An identity the organisation's rules refuse: the request's field to correct, as a validation failure. */
    @ServerExceptionMapper
    public Response invalidOrganisation(InvalidOrganisationException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ProblemException.invalidField(e.field(), e.getMessage()), uri, headers);
    }

    @ServerExceptionMapper
    public Response organisationRule(OrganisationRuleException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(ProblemException.conflict("organisation-rule", refusals.message(e)), uri, headers);
    }
}
