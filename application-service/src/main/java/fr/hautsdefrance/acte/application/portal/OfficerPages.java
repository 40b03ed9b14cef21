package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationRuleException;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.application.domain.Opinion;
import fr.hautsdefrance.acte.application.domain.Scoring;
import fr.hautsdefrance.acte.application.domain.staff.StaffMember;
import fr.hautsdefrance.acte.application.service.StaffDirectory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.domain.audit.AuditEntry;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeRuleException;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.instruction.Annotation;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.instruction.Message;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.Access;
import fr.hautsdefrance.acte.application.service.ApplicationQueries;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.application.service.AuditTrail;
import fr.hautsdefrance.acte.application.service.CommitteeMinutes;
import fr.hautsdefrance.acte.application.service.CommitteeService;
import fr.hautsdefrance.acte.application.service.Vote;
import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.application.service.ExportService;
import fr.hautsdefrance.acte.application.service.InstructionService;
import fr.hautsdefrance.acte.application.service.Liquidations;
import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.LineReview;
import fr.hautsdefrance.acte.application.service.PdfDocuments;
import fr.hautsdefrance.acte.application.service.Refusals;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The officers' and managers' pages: the work queue, a file's instruction, the committee sessions. */
@Path("/instruction")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
@PortalCsrf.Protected
public class OfficerPages {

    static final List<String> TABS = List.of("projet", "budget", "pieces", "eligibilite", "messages", "notes", "versements",
            "historique");

    private final CommitteeMinutes minutes;
    private final ApplicationQueries queries;
    private final ApplicationService applications;
    private final InstructionService instruction;
    private final CommitteeService committee;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final ExportService exports;
    private final PdfDocuments pdfs;
    private final Access access;
    private final CurrentUser user;

    private final StaffDirectory directory;
    private final Liquidations liquidations;
    private final Refusals refusals;
    private final Clock clock;

    @Inject
    public OfficerPages(ApplicationQueries queries, ApplicationService applications, InstructionService instruction,
            CommitteeService committee, DocumentService documents, AuditTrail audit, ExportService exports,
            PdfDocuments pdfs, Access access, CurrentUser user,
            CommitteeMinutes minutes, StaffDirectory directory, Liquidations liquidations, Refusals refusals,
            Clock clock) {
        this.clock = clock;
        this.liquidations = liquidations;
        this.refusals = refusals;
        this.minutes = minutes;
        this.directory = directory;
        this.queries = queries;
        this.applications = applications;
        this.instruction = instruction;
        this.committee = committee;
        this.documents = documents;
        this.audit = audit;
        this.exports = exports;
        this.pdfs = pdfs;
        this.access = access;
        this.user = user;
    }

    /** The queue's filters as typed, to show them back and to build the export link. */
    public record QueueFilter(String status, String stage, String assigned, String text, int page) {

        public String query() {
            return "status=" + status + "&stage=" + stage + "&assigned=" + assigned + "&q="
                    + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        /** The page as people count it, from 1. */
        public int number() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }

    public record FileTab(String slug, String title) {
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance queue(ApplicationQueries.QueuePage found, QueueFilter filter, int pages);

        static native TemplateInstance officerFile(Application application, Organisation organisation, String tab,
                List<FileTab> tabs, List<Document> documents, List<InformationRequest> requests, List<Message> messages,
                List<Annotation> annotations, List<AuditTrail.HistoryLine> history, EligibilityPreview eligibility,
                String eligibilityNote, List<Problem.FieldError> errors, String notice, LocalDate today,
                List<StaffMember> officers, LiquidationForms.Desk liquidation);

        static native TemplateInstance sessions(List<CommitteeSession> sessions, List<Problem.FieldError> errors);

        static native TemplateInstance session(CommitteeService.SessionSummary summary, List<Application> ready,
                List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance queue(@QueryParam("status") @DefaultValue("") String status,
            @QueryParam("stage") @DefaultValue("") String stage, @QueryParam("assigned") @DefaultValue("") String assigned,
            @QueryParam("q") @DefaultValue("") String text, @QueryParam("page") @DefaultValue("0") int page) {
        QueueFilter filter = new QueueFilter(status, stage, assigned, text, Math.max(0, page));
        ApplicationQueries.QueuePage found = queries.queue(filter(filter), filter.page(), 25);
        return Templates.queue(found, filter, (int) Math.max(1, (found.total() + 24) / 25));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("status") @DefaultValue("") String status,
            @QueryParam("stage") @DefaultValue("") String stage, @QueryParam("assigned") @DefaultValue("") String assigned,
            @QueryParam("q") @DefaultValue("") String text) {
        ApplicationQueries.Filter filter = filter(new QueueFilter(status, stage, assigned, text, 0));
        return Attachments.streamed(out -> exports.writeApplicationsCsv(filter, out), "text/csv; charset=UTF-8",
                "dossiers-acte-" + RegionCalendar.today(clock) + ".csv");
    }

    @GET
    @Path("/dossiers/{id}")
    public TemplateInstance file(@PathParam("id") UUID id, @QueryParam("onglet") @DefaultValue("projet") String tab,
            @QueryParam("avis") String notice, @QueryParam("versement") UUID liquidated) {
        return fileView(access.readable(id), TABS.contains(tab) ? tab : "projet", List.of(), notice, null, null,
                liquidated);
    }

    @GET
    @Path("/dossiers/{id}/pieces/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        DocumentService.Download download = documents.download(id, documentId);
        return Attachments.of(download.content(), download.document().mediaType, download.document().fileName);
    }

    @GET
    @Path("/dossiers/{id}/accuse-de-reception")
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.receipt(id), "application/pdf",
                "accuse-de-reception-" + access.readable(id).reference() + ".pdf");
    }

    @POST
    @Path("/dossiers/{id}/instruction")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Object startReview(@PathParam("id") UUID id) {
        return act(id, "projet", "instruction", () -> instruction.startReview(id));
    }

    @POST
    @Path("/dossiers/{id}/demandes")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object requestInformation(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (form.text("message").isEmpty()) {
            errors.add(new Problem.FieldError("message", "Expliquez ce que vous demandez."));
        }
        LocalDate deadline = date(form.text("deadline"));
        if (deadline == null || !deadline.isAfter(RegionCalendar.today(clock))) {
            errors.add(new Problem.FieldError("deadline", "Indiquez une échéance à venir."));
        }
        if (!errors.isEmpty()) {
            return fileView(access.readable(id), "projet", errors, null);
        }
        List<String> items = Arrays.stream(form.text("items").split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        return act(id, "projet", "demande", () -> instruction.requestInformation(id, form.text("message"), items, deadline));
    }

    @POST
    @Path("/dossiers/{id}/evaluation")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object assess(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        List<Problem.FieldError> errors = new ArrayList<>();
        int[] scores = new int[PortalGlobals.scoringCriteria.size()];
        for (int i = 0; i < scores.length; i++) {
            PortalGlobals.Criterion criterion = PortalGlobals.scoringCriteria.get(i);
            String field = criterion.field();
            try {
                scores[i] = Integer.parseInt(form.text(field));
                if (scores[i] < 0 || scores[i] > Scoring.MAX_PER_CRITERION) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError(field, "Notez « " + criterion.title() + " » de 0 à "
                        + Scoring.MAX_PER_CRITERION + "."));
            }
        }
        Opinion opinion = "UNFAVOURABLE".equals(form.text("opinion")) ? Opinion.UNFAVOURABLE : Opinion.FAVOURABLE;
        BigDecimal amount = FormData.amount(form.text("proposedAmount")).filter(a -> a.signum() > 0).orElse(null);
        if (amount == null && opinion == Opinion.FAVOURABLE) {
            errors.add(new Problem.FieldError("proposedAmount", "Proposez un montant en euros, ou rendez un avis "
                    + "défavorable."));
        }
        if (form.text("justification").isEmpty()) {
            errors.add(new Problem.FieldError("justification", opinion == Opinion.FAVOURABLE
                    ? "Justifiez le montant proposé." : "Motivez l'avis défavorable."));
        }
        if (!errors.isEmpty()) {
            return fileView(access.readable(id), "projet", errors, null);
        }
        BigDecimal proposed = opinion == Opinion.FAVOURABLE ? amount : null;
        return act(id, "projet", "evaluation", () -> instruction.assess(id, new Scoring(scores[0], scores[1], scores[2],
                scores[3], scores[4]), opinion, proposed, form.text("justification")));
    }

    @POST
    @Path("/dossiers/{id}/irrecevabilite")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object declareInadmissible(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm String reason) {
        if (reason == null || reason.isBlank()) {
            return fileView(access.readable(id), "projet", List.of(new Problem.FieldError("reason",
                    "Motivez l'irrecevabilité : le porteur doit en connaître les raisons.")), null);
        }
        return act(id, "projet", "irrecevabilite", () -> instruction.declareInadmissible(id, reason.trim()));
    }

    @POST
    @Path("/dossiers/{id}/qualification")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object qualify(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        Boolean rural = switch (form.text("rural")) {
            case "oui" -> Boolean.TRUE;
            case "non" -> Boolean.FALSE;
            default -> null;
        };
        String code = form.text("qpvCode").toUpperCase(java.util.Locale.ROOT);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (form.text("qualificationReason").isEmpty()) {
            errors.add(new Problem.FieldError("qualificationReason", "Motivez la confirmation ou la correction."));
        }
        if (!code.isEmpty() && !code.matches("Q[A-Z0-9]{5,9}")) {
            errors.add(new Problem.FieldError("qpvCode", "Code de quartier prioritaire attendu, par exemple QN06201I."));
        }
        if (!errors.isEmpty()) {
            return fileView(access.readable(id), "projet", errors, null);
        }
        return act(id, "projet", "qualification", () -> instruction.qualify(id, rural, form.checked("qpv"), code,
                form.text("qpvName"), form.text("qualificationReason")));
    }

    @POST
    @Path("/dossiers/{id}/attribution")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object assign(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm String officer) {
        String assignee = officer == null || officer.isBlank() ? user.subject() : officer;
        return act(id, "projet", "attribution", () -> instruction.assign(id, assignee));
    }

    @POST
    @Path("/dossiers/{id}/demandes/{requestId}/echeance")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object extendDeadline(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @org.jboss.resteasy.reactive.RestForm String deadline) {
        LocalDate newDeadline = date(deadline == null ? "" : deadline);
        if (newDeadline == null) {
            return fileView(access.readable(id), "projet", List.of(new Problem.FieldError("deadline-" + requestId,
                    "Indiquez la nouvelle échéance.")), null);
        }
        return act(id, "projet", "prolongation", () -> instruction.extendDeadline(id, requestId, newDeadline));
    }

    @POST
    @Path("/dossiers/{id}/classement")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object closeAsIncomplete(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm String closureReason) {
        if (closureReason == null || closureReason.isBlank()) {
            return fileView(access.readable(id), "projet", List.of(new Problem.FieldError("closureReason",
                    "Motivez le classement sans suite : le porteur doit en connaître la raison.")), null);
        }
        return act(id, "projet", "classement", () -> instruction.closeAsIncomplete(id, closureReason.trim()));
    }

    @GET
    @Path("/dossiers/{id}/classement")
    @Produces("application/pdf")
    public Response closureLetter(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.closureLetter(id), "application/pdf",
                "classement-" + access.readable(id).reference() + ".pdf");
    }

    @GET
    @Path("/dossiers/{id}/refus")
    @Produces("application/pdf")
    public Response refusalLetter(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.refusalLetter(id), "application/pdf",
                "refus-" + access.readable(id).reference() + ".pdf");
    }

    @POST
    @Path("/dossiers/{id}/reouverture")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    public Object reopen(@PathParam("id") UUID id) {
        return act(id, "projet", "reouverture", () -> instruction.reopen(id));
    }

    @POST
    @Path("/dossiers/{id}/messages")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object message(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm String body) {
        if (body == null || body.isBlank()) {
            return fileView(access.readable(id), "messages", List.of(new Problem.FieldError("body",
                    "Écrivez le message avant de l'envoyer.")), null);
        }
        return act(id, "messages", "message", () -> instruction.post(id, body.trim()));
    }

    @POST
    @Path("/dossiers/{id}/notes")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object note(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm String body) {
        if (body == null || body.isBlank()) {
            return fileView(access.readable(id), "notes", List.of(new Problem.FieldError("body",
                    "Écrivez la note avant de l'enregistrer.")), null);
        }
        return act(id, "notes", "note", () -> instruction.annotate(id, body.trim()));
    }

    // ------------------------------------------------------------------ liquidation

    /** The officer's review of a payment request's expense statement, line by line (the service fait). */
    @POST
    @Path("/dossiers/{id}/versements/{paymentId}/liquidation")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object liquidate(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
            MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        Application application = access.readable(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            GrantDetails.Payment payment = liquidations.grantOf(application).stream()
                    .flatMap(g -> g.payments().stream()).filter(p -> p.id().equals(paymentId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Aucune demande de versement " + paymentId
                            + " sur ce dossier."));
            List<LineReview> reviews = LiquidationForms.reviews(payment, form, errors);
            if (errors.isEmpty()) {
                liquidations.review(id, paymentId, reviews);
            }
        } catch (ProblemException refusal) {
            errors.addAll(LiquidationForms.errorsOn(refusal, LiquidationForms.WHOLE));
        }
        if (!errors.isEmpty()) {
            return fileView(application, "versements", errors, null, paymentId, form, null);
        }
        return seeLiquidation(id, paymentId);
    }

    /** The officer rejects a whole payment request, with the reason the beneficiary will read. */
    @POST
    @Path("/dossiers/{id}/versements/{paymentId}/rejet")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object rejectRequest(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
            MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        Application application = access.readable(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        String reason = form.text(LiquidationForms.REJECTION_REASON);
        if (reason.isEmpty()) {
            errors.add(new Problem.FieldError(LiquidationForms.REJECTION_REASON, "Motivez le rejet de la demande : "
                    + "le bénéficiaire doit en connaître la raison."));
        } else {
            try {
                liquidations.reject(id, paymentId, reason);
            } catch (ProblemException refusal) {
                errors.addAll(LiquidationForms.errorsOn(refusal, LiquidationForms.REJECTION_REASON));
            }
        }
        if (!errors.isEmpty()) {
            return fileView(application, "versements", errors, null, paymentId, form, null);
        }
        return seeLiquidation(id, paymentId);
    }

    private static Response seeLiquidation(UUID id, UUID paymentId) {
        return Response.seeOther(URI.create("/instruction/dossiers/" + id + "?onglet=versements&versement=" + paymentId))
                .build();
    }

    // ------------------------------------------------------------------ committee

    @GET
    @Path("/commissions")
    public TemplateInstance sessions() {
        return Templates.sessions(committee.sessions(), List.of());
    }

    @POST
    @Path("/commissions")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object createSession(MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate date = date(form.text("date"));
        BigDecimal envelope = FormData.amount(form.text("envelope")).filter(a -> a.signum() >= 0).orElse(null);
        if (form.text("title").isEmpty()) {
            errors.add(new Problem.FieldError("title", "Nommez la séance."));
        }
        if (date == null) {
            errors.add(new Problem.FieldError("date", "Indiquez la date de la séance."));
        }
        if (envelope == null) {
            errors.add(new Problem.FieldError("envelope", "Indiquez l'enveloppe en euros."));
        }
        if (!errors.isEmpty()) {
            return Templates.sessions(committee.sessions(), errors);
        }
        CommitteeSession session = committee.create(form.text("title"), date, envelope);
        return Response.seeOther(URI.create("/instruction/commissions/" + session.id)).build();
    }

    @GET
    @Path("/commissions/{sessionId}")
    public TemplateInstance session(@PathParam("sessionId") UUID sessionId) {
        return sessionView(sessionId, List.of());
    }

    @POST
    @Path("/commissions/{sessionId}/dossiers")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object schedule(@PathParam("sessionId") UUID sessionId, @org.jboss.resteasy.reactive.RestForm String applicationId) {
        try {
            committee.schedule(sessionId, UUID.fromString(applicationId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return sessionView(sessionId, List.of(new Problem.FieldError("applicationId", "Choisissez un dossier instruit.")));
        } catch (IllegalTransitionException | ProblemException e) {
            return sessionView(sessionId, List.of(new Problem.FieldError("applicationId", refusals.message(e))));
        }
        return Response.seeOther(URI.create("/instruction/commissions/" + sessionId)).build();
    }

    @POST
    @Path("/commissions/{sessionId}/votes")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object vote(@PathParam("sessionId") UUID sessionId, MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        String field = "vote-" + form.text("applicationId");
        CommitteeService.Outcome outcome = "APPROVED".equals(form.text("outcome")) ? CommitteeService.Outcome.APPROVED
                : "REJECTED".equals(form.text("outcome")) ? CommitteeService.Outcome.REJECTED : null;
        if (outcome == null || form.text("deliberationNumber").isEmpty()) {
            return sessionView(sessionId, List.of(new Problem.FieldError(field,
                    "Indiquez la décision et le numéro de délibération.")));
        }
        try {
            committee.vote(sessionId, new Vote(UUID.fromString(form.text("applicationId")), outcome,
                    FormData.amount(form.text("amount")).orElse(null), form.text("reason"), form.text("deliberationNumber"),
                    form.text("overProposalReason"), form.text("envelopeOverrideReason")));
        } catch (ProblemException | ApplicationRuleException | IllegalTransitionException | CommitteeRuleException e) {
            return sessionView(sessionId, List.of(new Problem.FieldError(field, refusals.message(e))));
        }
        return Response.seeOther(URI.create("/instruction/commissions/" + sessionId)).build();
    }

    /** Holding, closing the session, recording its publication and transmission: each back on the session's page. */
    @POST
    @Path("/commissions/{sessionId}/{step:tenue|cloture|caractere-executoire}")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object sessionStep(@PathParam("sessionId") UUID sessionId, @PathParam("step") String step,
            MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        try {
            switch (step) {
                case "tenue" -> committee.hold(sessionId);
                case "cloture" -> committee.close(sessionId);
                default -> {
                    LocalDate published = date(form.text("publishedOn"));
                    LocalDate transmitted = date(form.text("transmittedOn"));
                    if (published == null || transmitted == null) {
                        return sessionView(sessionId, List.of(new Problem.FieldError("enforceability",
                                "Indiquez la date de publication et celle de la transmission au contrôle de légalité.")));
                    }
                    committee.recordEnforceability(sessionId, published, transmitted);
                }
            }
        } catch (ProblemException | CommitteeRuleException | IllegalTransitionException e) {
            return sessionView(sessionId, List.of(new Problem.FieldError("session", refusals.message(e))));
        }
        return Response.seeOther(URI.create("/instruction/commissions/" + sessionId)).build();
    }

    @GET
    @Path("/commissions/{sessionId}/proces-verbal.{format:csv|pdf}")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    public Response minutes(@PathParam("sessionId") UUID sessionId, @PathParam("format") String format) {
        try {
            boolean csv = "csv".equals(format);
            return Response.ok(csv ? minutes.csv(sessionId) : minutes.pdf(sessionId))
                    .type(csv ? "text/csv; charset=UTF-8" : "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"proces-verbal-" + sessionId + "." + format + "\"")
                    .build();
        } catch (ProblemException e) {
            return Response.status(409).entity(sessionView(sessionId, List.of(new Problem.FieldError("session",
                    e.getMessage())))).type(MediaType.TEXT_HTML).build();
        }
    }

    /** The Region signs the agreement the beneficiary accepted. */
    @POST
    @Path("/dossiers/{id}/convention/signature")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    public Object countersign(@PathParam("id") UUID id) {
        return act(id, "projet", "convention-signee", () -> committee.countersign(id));
    }

    // ------------------------------------------------------------------ views

    private Object act(UUID id, String tab, String notice, Runnable action) {
        try {
            action.run();
        } catch (IllegalTransitionException | ApplicationRuleException | ProblemException e) {
            String field = e instanceof ApplicationRuleException rule ? rule.field() : "action";
            return fileView(access.readable(id), tab, List.of(new Problem.FieldError(field, refusals.message(e))), null);
        }
        return Response.seeOther(URI.create("/instruction/dossiers/" + id + "?onglet=" + tab + "&avis=" + notice)).build();
    }

    private TemplateInstance fileView(Application application, String tab, List<Problem.FieldError> errors, String notice) {
        return fileView(application, tab, errors, notice, null, null, null);
    }

    /**
     * The file on {@code tab}; on the payments tab, the requests awaiting the officer's review, with what
     * was typed in the refused form of {@code typedFor}, and the outcome of the liquidation of {@code liquidated}.
     */
    private TemplateInstance fileView(Application application, String tab, List<Problem.FieldError> errors,
            String notice, UUID typedFor, FormData typed, UUID liquidated) {
        List<Document> pieces = documents.list(application.id());
        LiquidationForms.Desk liquidation = null;
        if ("versements".equals(tab) && user.is(Roles.OFFICER)) {
            try {
                GrantDetails grant = liquidations.grantOf(application).orElse(null);
                liquidation = grant == null ? null : new LiquidationForms.Desk(
                        LiquidationForms.toReview(grant, pieces, typedFor, typed), null,
                        liquidated == null ? null : LiquidationForms.result(grant, liquidated));
            } catch (ProblemException e) {
                liquidation = new LiquidationForms.Desk(List.of(), e.getMessage(), null);
            }
        }
        EligibilityPreview eligibility = null;
        String note = null;
        if ("eligibilite".equals(tab)) {
            try {
                eligibility = applications.eligibilityOf(application);
            } catch (ProblemException e) {
                note = e.getMessage();
            }
        }
        List<FileTab> tabs = List.of(new FileTab("projet", "Projet et instruction"), new FileTab("budget", "Budget"),
                new FileTab("pieces", "Pièces"), new FileTab("eligibilite", "Éligibilité"),
                new FileTab("messages", "Messages"), new FileTab("notes", "Notes privées"),
                new FileTab("versements", "Versements"), new FileTab("historique", "Historique"));
        return Templates.officerFile(application, access.organisationOf(application), tab, tabs,
                pieces, instruction.informationRequests(application.id()),
                instruction.messages(application.id()), instruction.annotations(application.id()),
                "historique".equals(tab) ? instruction.history(application.id()) : List.of(),
                eligibility, note, errors,
                notice(notice), instruction.today(), user.is(Roles.MANAGER) ? directory.officers() : List.of(),
                liquidation);
    }

    private TemplateInstance sessionView(UUID sessionId, List<Problem.FieldError> errors) {
        List<Application> ready = queries.search(new ApplicationQueries.Filter(ApplicationStatus.ASSESSED, null, null,
                null, null, null, null, null, null, null), 0, 100).items();
        return Templates.session(committee.summary(sessionId), ready, errors);
    }

    private ApplicationQueries.Filter filter(QueueFilter f) {
        String officer = switch (f.assigned()) {
            case "moi" -> user.subject();
            case "personne" -> "none";
            default -> null;
        };
        return new ApplicationQueries.Filter(enumOf(ApplicationStatus.class, f.status()), enumOf(Stage.class, f.stage()),
                null, officer, null, null, null, null, null, f.text().isEmpty() ? null : f.text());
    }

    private static String notice(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "instruction" -> "L'instruction est ouverte ; le dossier vous est attribué.";
            case "demande" -> "La demande est envoyée au porteur ; le dossier attend sa réponse.";
            case "evaluation" -> "L'évaluation est enregistrée : le dossier peut être présenté en commission.";
            case "reouverture" -> "Le dossier est de nouveau en instruction.";
            case "attribution" -> "Le dossier est attribué.";
            case "qualification" -> "La qualification est enregistrée : le dossier est analysé de nouveau et le taux suit.";
            case "prolongation" -> "La nouvelle échéance est envoyée au porteur.";
            case "classement" -> "Le dossier est classé sans suite : le porteur reçoit le courrier qui le lui dit.";
            case "irrecevabilite" -> "Le dossier est déclaré irrecevable : le porteur est informé et peut télécharger "
                    + "la lettre de refus.";
            case "message" -> "Le message est envoyé au porteur.";
            case "note" -> "La note est enregistrée.";
            case "convention-signee" -> "La convention est signée au nom de la Région : l'avance peut être demandée.";
            default -> null;
        };
    }

    private static LocalDate date(String typed) {
        try {
            return typed.isEmpty() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
