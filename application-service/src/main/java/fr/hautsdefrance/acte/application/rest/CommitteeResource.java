package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSessionStatus;
import fr.hautsdefrance.acte.application.service.CommitteeMinutes;
import fr.hautsdefrance.acte.application.service.CommitteeService;
import fr.hautsdefrance.acte.application.service.Vote;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sessions of the Commission permanente: managers prepare them and record the votes. */
@Path("/api/v1/committee-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee")
public class CommitteeResource {

    private static final String NOT_EMPTY = "le corps de la requête est vide";

    private final CommitteeService committee;
    private final CommitteeMinutes minutes;

    @Inject
    public CommitteeResource(CommitteeService committee, CommitteeMinutes minutes) {
        this.committee = committee;
        this.minutes = minutes;
    }

    public record NewSession(@NotBlank(message = "nommez la séance") @Size(max = 200) String title,
            @NotNull(message = "indiquez la date de la séance") LocalDate date,
            @NotNull(message = "indiquez l'enveloppe") @DecimalMin(value = "0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal envelope) {
    }

    /**
     * @param enforceableOn the day the session's deliberations apply (published and transmitted to the
     *                      prefect), null until both are recorded
     */
    public record SessionView(UUID id, String title, LocalDate date, BigDecimal envelope,
            CommitteeSessionStatus status, LocalDate publishedOn, LocalDate transmittedOn, LocalDate enforceableOn,
            List<ApplicationView> files, BigDecimal proposedTotal, BigDecimal awardedTotal, BigDecimal remaining) {

        static SessionView of(CommitteeService.SessionSummary s) {
            CommitteeSession session = s.session();
            return new SessionView(session.id, session.title, session.sessionDate, session.envelope, session.status(),
                    session.publishedOn(), session.transmittedOn(), session.enforceableOn(),
                    s.files().stream().map(a -> ApplicationView.of(a, true)).toList(), s.proposedTotal(),
                    s.awardedTotal(), s.remaining());
        }

        static SessionView brief(CommitteeSession s) {
            return new SessionView(s.id, s.title, s.sessionDate, s.envelope, s.status(), s.publishedOn(),
                    s.transmittedOn(), s.enforceableOn(), null, null, null, null);
        }
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Create a committee session with its budget envelope")
    @APIResponseSchema(value = SessionView.class, responseCode = "201",
            responseDescription = "La séance créée ; Location donne son adresse")
    public Response create(@NotNull(message = NOT_EMPTY) @Valid NewSession body, @Context UriInfo uri) {
        CommitteeSession session = committee.create(body.title(), body.date(), body.envelope());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(committee.summary(session.id))).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Committee sessions, latest first")
    public List<SessionView> sessions() {
        return committee.sessions().stream().map(SessionView::brief).toList();
    }

    @GET
    @Path("/{sessionId}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A session: its files and totals against the envelope")
    public SessionView session(@PathParam("sessionId") UUID sessionId) {
        return SessionView.of(committee.summary(sessionId));
    }

    public record Agenda(@NotNull(message = "indiquez le dossier") UUID applicationId) {
    }

    @POST
    @Path("/{sessionId}/applications")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Put an assessed file on the session's agenda")
    public ApplicationView schedule(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = NOT_EMPTY) @Valid Agenda body) {
        return ApplicationView.of(committee.schedule(sessionId, body.applicationId()), true);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{sessionId}/votes")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Record the committee's vote on a file")
    public ApplicationView vote(@PathParam("sessionId") UUID sessionId, @NotNull(message = NOT_EMPTY) @Valid Vote body) {
        return ApplicationView.of(committee.vote(sessionId, body), true);
    }

    @POST
    @Path("/{sessionId}/holding")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "The session sits (from its date): votes may be recorded")
    public SessionView hold(@PathParam("sessionId") UUID sessionId) {
        committee.hold(sessionId);
        return SessionView.of(committee.summary(sessionId));
    }

    @POST
    @Path("/{sessionId}/closing")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Close the session: its minutes are drawn, files not voted wait for a later session")
    public SessionView close(@PathParam("sessionId") UUID sessionId) {
        committee.close(sessionId);
        return SessionView.of(committee.summary(sessionId));
    }

    public record Enforceability(@NotNull(message = "indiquez la date de publication") LocalDate publishedOn,
            @NotNull(message = "indiquez la date de transmission au contrôle de légalité") LocalDate transmittedOn) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{sessionId}/enforceability")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Record the publication and the transmission to the prefect of the session's deliberations")
    public SessionView enforceability(@PathParam("sessionId") UUID sessionId,
            @NotNull(message = NOT_EMPTY) @Valid Enforceability body) {
        committee.recordEnforceability(sessionId, body.publishedOn(), body.transmittedOn());
        return SessionView.of(committee.summary(sessionId));
    }

    @GET
    @Path("/{sessionId}/minutes")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The session's deliberations (number, file, beneficiary, decision, amount, voted rate)")
    public List<CommitteeService.Deliberation> minutes(@PathParam("sessionId") UUID sessionId) {
        return committee.minutes(sessionId);
    }

    @GET
    @Path("/{sessionId}/minutes.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The minutes as a spreadsheet (French labels)")
    public Response minutesCsv(@PathParam("sessionId") UUID sessionId) {
        return Response.ok(minutes.csv(sessionId)).header("Content-Disposition",
                "attachment; filename=\"proces-verbal-" + sessionId + ".csv\"").build();
    }

    @GET
    @Path("/{sessionId}/minutes.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The minutes as a PDF document")
    public Response minutesPdf(@PathParam("sessionId") UUID sessionId) {
        return Response.ok(minutes.pdf(sessionId)).header("Content-Disposition",
                "attachment; filename=\"proces-verbal-" + sessionId + ".pdf\"").build();
    }
}
