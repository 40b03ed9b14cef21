package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.CommuneInfo;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ApplicationRuleException;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.application.domain.IncompleteApplicationException;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.instruction.Message;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.payment.PaymentFollowUp;
import fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException;
import fr.hautsdefrance.acte.application.service.Access;
import fr.hautsdefrance.acte.application.service.ApplicationQueries;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.application.service.DepositAdmission;
import fr.hautsdefrance.acte.application.service.DocumentService;
import fr.hautsdefrance.acte.application.service.EligibilityPreview;
import fr.hautsdefrance.acte.application.service.InstructionService;
import fr.hautsdefrance.acte.application.service.OrganisationService;
import fr.hautsdefrance.acte.application.service.PaymentFollowUpService;
import fr.hautsdefrance.acte.application.service.PdfDocuments;
import fr.hautsdefrance.acte.application.service.Refusals;
import fr.hautsdefrance.acte.application.service.Simulator;
import fr.hautsdefrance.acte.application.service.Texts;
import fr.hautsdefrance.acte.application.service.command.DescribeProject;
import fr.hautsdefrance.acte.application.service.command.RegisterOrganisation;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The applicant's space: organisations, the application form step by step, the file once submitted. */
@Path("/espace")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
@PortalCsrf.Protected
public class ApplicantPages {

    private final OrganisationService organisations;
    private final ApplicationService applications;
    private final ApplicationQueries queries;
    private final DocumentService documents;
    private final InstructionService instruction;
    private final PdfDocuments pdfs;
    private final Simulator simulator;
    private final Access access;

    private final PaymentFollowUpService payments;
    private final CommuneNames communeNames;
    private final Refusals refusals;
    private final Texts texts;
    private final DepositAdmission admission;

    @Inject
    public ApplicantPages(OrganisationService organisations, ApplicationService applications, ApplicationQueries queries,
            DocumentService documents, InstructionService instruction, PdfDocuments pdfs, Simulator simulator,
            Access access, PaymentFollowUpService payments, CommuneNames communeNames, Refusals refusals, Texts texts,
            DepositAdmission admission) {
        this.admission = admission;
        this.texts = texts;
        this.payments = payments;
        this.refusals = refusals;
        this.communeNames = communeNames;
        this.organisations = organisations;
        this.applications = applications;
        this.queries = queries;
        this.documents = documents;
        this.instruction = instruction;
        this.pdfs = pdfs;
        this.simulator = simulator;
        this.access = access;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance dashboard(List<Organisation> organisations, List<Application> files,
                List<Problem.FieldError> errors);

        static native TemplateInstance organisationForm(FormData form, List<Problem.FieldError> errors);

        static native TemplateInstance draft(DraftView view);

        static native TemplateInstance draftSaved(String time, long version, DraftView view);

        static native TemplateInstance file(Application application, Organisation organisation, List<Document> documents,
                List<InformationRequest> requests, List<Message> messages, String notice,
                List<Problem.FieldError> errors, java.time.LocalDate today,
                List<fr.hautsdefrance.acte.application.service.AuditTrail.HistoryLine> history, FileTimeline timeline);
    }

    // ------------------------------------------------------------------ dashboard and organisations

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(organisations.mine(), myFiles(), List.of());
    }

    @GET
    @Path("/structures/nouvelle")
    public TemplateInstance newOrganisation(@QueryParam("suite") String next) {
        jakarta.ws.rs.core.MultivaluedHashMap<String, String> fields = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        if (SimulatorAnswers.isWayBack(next)) {
            fields.putSingle("suite", next);
        }
        return Templates.organisationForm(new FormData(fields), List.of());
    }

    @POST
    @Path("/structures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object registerOrganisation(MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        String typedCommune = form.text("commune");
        CommuneInfo commune = typedCommune.isEmpty() ? null : simulator.resolveCommune(typedCommune).orElse(null);
        if (!typedCommune.isEmpty() && commune == null) {
            return Templates.organisationForm(form, List.of(new Problem.FieldError("commune", "Commune introuvable dans "
                    + "les Hauts-de-France : choisissez-la dans la liste proposée.")));
        }
        RegisterOrganisation command = new RegisterOrganisation(form.optional("name"),
                enumOf(ApplicantType.class, form.text("applicantType")), enumOf(LegalForm.class, form.text("legalForm")),
                form.identifier("siren"), form.identifier("siret"), form.identifier("rna"),
                form.optional("addressLine"), form.optional("postcode"), commune == null ? null : commune.code(), List.of());
        try {
            organisations.register(command);
        } catch (ConstraintViolationException | ProblemException | OrganisationRuleException e) {
            return Templates.organisationForm(form, FormErrors.of(e, "siren"));
        }
        String next = form.text("suite");
        return Response.seeOther(URI.create(SimulatorAnswers.isWayBack(next) ? next : "/espace")).build();
    }

    /** I join an organisation with the code one of its owners passed on to me. */
    @POST
    @Path("/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object joinOrganisation(@RestForm String code) {
        if (code == null || code.isBlank()) {
            return Templates.dashboard(organisations.mine(), myFiles(), List.of(new Problem.FieldError("invitationCode",
                    "Saisissez le code d'invitation reçu.")));
        }
        Organisation joined;
        try {
            joined = organisations.accept(code.trim());
        } catch (ProblemException | OrganisationRuleException e) {
            return Templates.dashboard(organisations.mine(), myFiles(), List.of(new Problem.FieldError("invitationCode",
                    e.getMessage())));
        }
        return Response.seeOther(URI.create("/espace/structures/" + joined.id() + "?avis=rejoint")).build();
    }

    /**
     * The addresses the dashboard's forms post to, opened as pages (typed, bookmarked, reached with the
     * back button after a refused form): the dashboard, where those forms are, rather than a dead end.
     */
    @GET
    @Path("/{form: dossiers|structures|invitations}")
    public Response formAddressOpened() {
        return Response.seeOther(URI.create("/espace")).build();
    }

    /** A new file for one of my organisations: straight to its first step. */
    @POST
    @Path("/dossiers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object newFile(@RestForm String organisationId, @RestForm String title) {
        Application draft;
        try {
            draft = applications.createDraft(UUID.fromString(organisationId), null,
                    DescribeProject.titled(title == null ? "" : title.trim()));
        } catch (ConstraintViolationException | ApplicationRuleException e) {
            return Templates.dashboard(organisations.mine(), myFiles(), FormErrors.of(e, "title"));
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + draft.id() + "/etapes/projet")).build();
    }

    // ------------------------------------------------------------------ the form, step by step

    @GET
    @Path("/dossiers/{id}")
    public Object file(@PathParam("id") UUID id, @QueryParam("avis") String notice) {
        Application application = access.asMember(id);
        if (application.status() == ApplicationStatus.DRAFT) {
            return Response.seeOther(URI.create("/espace/dossiers/" + id + "/etapes/projet")).build();
        }
        return fileView(application, notice(notice), List.of());
    }

    @GET
    @Path("/dossiers/{id}/etapes/{step}")
    public Object step(@PathParam("id") UUID id, @PathParam("step") String slug) {
        Application application = access.asMember(id);
        if (application.status() != ApplicationStatus.DRAFT) {
            return deposited(id, null);
        }
        return Templates.draft(view(application, step(slug), null, List.of(), List.of()));
    }

    /**
     * A deposited file is locked: its step pages (a bookmark, the back button, a form sent again) show the
     * file as deposited, read only. An autosave from a page left open is told to go there too.
     */
    private static Response deposited(UUID id, String htmx) {
        URI file = URI.create("/espace/dossiers/" + id);
        return htmx != null ? Response.noContent().header("HX-Redirect", file.toString()).build()
                : Response.seeOther(file).build();
    }

    /**
     * Saves the step. From htmx (autosave as the person types): a small "saved" answer that also
     * refreshes the version and the totals. From a plain form: on to the next step.
     */
    @POST
    @Path("/dossiers/{id}/etapes/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveStep(@PathParam("id") UUID id, @PathParam("step") String slug,
            MultivaluedMap<String, String> fields, @HeaderParam("HX-Request") String htmx) {
        DraftStep step = step(slug);
        if (access.asMember(id).status() != ApplicationStatus.DRAFT) {
            return deposited(id, htmx);
        }
        FormData form = new FormData(fields);
        DraftForms.Changes changes = DraftForms.read(step, form, simulator);
        // The draft is read only once it is saved: a copy read before would be served again, stale, by the
        // request's persistence context.
        if (!changes.valid()) {
            Application current = access.asMember(id);
            DraftView refused = view(current, step, form, changes.errors(), List.of());
            return htmx != null ? Templates.draftSaved(null, current.version(), refused) : Templates.draft(refused);
        }
        Application saved;
        try {
            saved = changes.change() == null ? access.asMember(id)
                    : applications.updateDraft(id, parseVersion(form.text("version")), changes.change());
        } catch (ConstraintViolationException | ApplicationRuleException e) {
            Application current = access.asMember(id);
            DraftView refused = view(current, step, form, changes.onForm(FormErrors.of(e, "version")), List.of());
            return htmx != null ? Templates.draftSaved(null, current.version(), refused) : Templates.draft(refused);
        } catch (ProblemException e) {
            Application current = access.asMember(id);
            if (!ApplicationService.CONCURRENT_CHANGE.equals(e.slug())) {
                return Templates.draft(view(current, step, form, List.of(new Problem.FieldError("version", e.getMessage())),
                        List.of()));
            }
            return changedElsewhere(current, step, form, htmx != null);
        }
        if (htmx != null) {
            return Templates.draftSaved(LocalTime.now(ZoneId.of("Europe/Paris")).withNano(0).toString().substring(0, 5),
                    saved.version(), view(saved, step, null, List.of(), List.of()));
        }
        boolean stay = "enregistrer".equals(form.text("action"));
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "/etapes/" + (stay ? step : step.next()).getSlug()))
                .build();
    }

    /**
     * The draft was saved elsewhere (another tab) since this page was shown: nothing typed here is applied
     * over it unseen. An autosave gets the step as now saved, refused (409): the page's script puts the
     * other tab's answers into the fields this tab left alone, keeps this tab's, then saves again. A plain
     * form is shown again with what was typed here, the new version, and each answer saved in between
     * that differs, for the person to choose.
     */
    private Response changedElsewhere(Application current, DraftStep step, FormData typed, boolean htmx) {
        DraftView latest = view(current, step, null, List.of(), List.of());
        if (htmx) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.draft(latest)).build();
        }
        DraftView shown = view(current, step, typed, List.of(new Problem.FieldError("version", "Ce dossier a été "
                + "modifié dans un autre onglet à " + latest.getSavedAt() + ", après l'ouverture de cette page : rien "
                + "n'a été enregistré ici. Vos saisies sont gardées dans le formulaire ; les réponses enregistrées "
                + "entre-temps qui en diffèrent sont rappelées ci-dessous. Gardez celles que vous voulez, puis "
                + "enregistrez.")), List.of()).savedElsewhere(latest, texts);
        return Response.status(Response.Status.CONFLICT).entity(Templates.draft(shown)).build();
    }

    @POST
    @Path("/dossiers/{id}/pieces")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object upload(@PathParam("id") UUID id, @RestForm("type") String type, @RestForm("file") FileUpload file) {
        Application application = access.asMember(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        DocumentType documentType = enumOf(DocumentType.class, type == null ? "" : type);
        if (documentType == null) {
            errors.add(new Problem.FieldError("type", "Choisissez le type de pièce."));
        }
        // A required piece of a draft has its own upload slot: its error is shown there.
        String fileField = application.status() == ApplicationStatus.DRAFT && documentType != null
                && DraftView.required(application, List.of()).stream().anyMatch(r -> r.type() == documentType)
                ? "file-" + documentType : "file";
        if (file == null || file.size() == 0) {
            errors.add(new Problem.FieldError(fileField, "Choisissez le fichier à joindre."));
        } else if (file.size() > DocumentService.MAX_SIZE) {
            errors.add(new Problem.FieldError(fileField, "Le fichier dépasse 10 Mo : réduisez-le avant de le joindre."));
        }
        if (errors.isEmpty()) {
            try {
                documents.upload(id, documentType, file.fileName(), Files.readAllBytes(file.uploadedFile()));
            } catch (ProblemException e) {
                errors.add(new Problem.FieldError(fileField, e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            return application.status() == ApplicationStatus.DRAFT
                    ? Templates.draft(view(application, DraftStep.DOCUMENTS, null, errors, List.of()))
                    : fileView(application, null, errors);
        }
        return Response.seeOther(URI.create(application.status() == ApplicationStatus.DRAFT
                ? "/espace/dossiers/" + id + "/etapes/pieces" : "/espace/dossiers/" + id + "?avis=piece")).build();
    }

    @POST
    @Path("/dossiers/{id}/pieces/{documentId}/suppression")
    public Response deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        documents.delete(id, documentId);
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "/etapes/pieces")).build();
    }

    @GET
    @Path("/dossiers/{id}/pieces/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        return download(documents.download(id, documentId));
    }

    /**
     * Deposits the file. When the last step showed failing eligibility checks, the applicant confirms
     * first; the deposit itself never waits on the rules (the verdict comes with the assessment).
     */
    @POST
    @Path("/dossiers/{id}/depot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("id") UUID id, @RestForm String ineligible, @RestForm String confirmIneligible) {
        // Sent again (the back button, a second click): the file is deposited already, show it.
        if (access.asMember(id).status() != ApplicationStatus.DRAFT) {
            return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=depose")).build();
        }
        if ("true".equals(ineligible) && confirmIneligible == null) {
            return Templates.draft(view(access.asMember(id), DraftStep.SUBMISSION, null, List.of(new Problem.FieldError(
                    "confirmIneligible", "Cochez la case pour confirmer le dépôt d'un dossier qui ne remplit pas les "
                            + "conditions, ou modifiez-le d'abord.")), List.of()));
        }
        // The bound on deposits in progress, taken here once the form has come in whole (the API's, whose deposit
        // has no body, is taken ahead of authentication): a form sent slowly holds no place. Beyond it the draft
        // stays as it is.
        DepositAdmission.Permit place = admission.tryAcquire().orElseThrow(admission::refusal);
        try (place) {
            applications.submit(id);
        } catch (IncompleteApplicationException e) {
            return Templates.draft(view(access.asMember(id), DraftStep.SUBMISSION, null, List.of(), e.missing()));
        } catch (ProblemException | fr.hautsdefrance.acte.application.domain.organisation.OrganisationRuleException e) {
            return Templates.draft(view(access.asMember(id), DraftStep.SUBMISSION, null, List.of(),
                    List.of(new IncompleteApplicationException.Missing("submission", e.getMessage()))));
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=depose")).build();
    }

    // ------------------------------------------------------------------ the submitted file

    @GET
    @Path("/dossiers/{id}/accuse-de-reception")
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.receipt(id), "application/pdf", "accuse-de-reception-" + access.asMember(id).reference() + ".pdf");
    }

    @GET
    @Path("/dossiers/{id}/convention")
    @Produces("application/pdf")
    public Response agreement(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.agreement(id), "application/pdf", "convention-" + access.asMember(id).reference() + ".pdf");
    }

    @GET
    @Path("/dossiers/{id}/classement")
    @Produces("application/pdf")
    public Response closureLetter(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.closureLetter(id), "application/pdf", "classement-" + access.asMember(id).reference() + ".pdf");
    }

    @GET
    @Path("/dossiers/{id}/refus")
    @Produces("application/pdf")
    public Response refusalLetter(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.refusalLetter(id), "application/pdf", "refus-" + access.asMember(id).reference() + ".pdf");
    }

    @GET
    @Path("/dossiers/{id}/notification")
    @Produces("application/pdf")
    public Response awardLetter(@PathParam("id") UUID id) {
        return Attachments.of(pdfs.awardLetter(id), "application/pdf", "notification-" + access.asMember(id).reference() + ".pdf");
    }

    @POST
    @Path("/dossiers/{id}/demandes/{requestId}/reponse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object answer(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId, @RestForm String answer) {
        if (answer == null || answer.isBlank()) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("answer-" + requestId,
                    "Écrivez votre réponse avant de l'envoyer.")));
        }
        try {
            instruction.answer(id, requestId, answer.trim());
        } catch (ApplicationRuleException | IllegalTransitionException e) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("answer-" + requestId,
                    refusals.message(e))));
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=reponse")).build();
    }

    @POST
    @Path("/dossiers/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object message(@PathParam("id") UUID id, @RestForm String body) {
        if (body == null || body.isBlank()) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("message",
                    "Écrivez votre message avant de l'envoyer.")));
        }
        instruction.post(id, body.trim());
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=message#messages")).build();
    }

    @POST
    @Path("/dossiers/{id}/convention/acceptation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object acceptAgreement(@PathParam("id") UUID id, @RestForm String consent) {
        if (consent == null) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("consent",
                    "Cochez la case pour confirmer que vous acceptez la convention au nom de la structure.")));
        }
        try {
            applications.acceptAgreement(id);
        } catch (ApplicationRuleException | IllegalTransitionException e) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("consent", refusals.message(e))));
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=convention")).build();
    }

    @POST
    @Path("/dossiers/{id}/retrait")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object withdraw(@PathParam("id") UUID id, @RestForm String confirm) {
        if (confirm == null) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("confirm",
                    "Cochez la case pour confirmer le retrait du dossier.")));
        }
        try {
            applications.withdraw(id);
        } catch (IllegalTransitionException e) {
            return fileView(access.asMember(id), null, List.of(new Problem.FieldError("confirm", refusals.message(e))));
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "?avis=retrait")).build();
    }

    @POST
    @Path("/dossiers/{id}/duplication")
    public Response duplicate(@PathParam("id") UUID id) {
        Application copy = applications.duplicate(id);
        return Response.seeOther(URI.create("/espace/dossiers/" + copy.id() + "/etapes/projet")).build();
    }

    private static Response download(DocumentService.Download download) {
        return Attachments.of(download.content(), download.document().mediaType, download.document().fileName);
    }

    // ------------------------------------------------------------------ views

    private TemplateInstance fileView(Application application, String notice, List<Problem.FieldError> errors) {
        List<InformationRequest> requests = instruction.informationRequests(application.id());
        List<PaymentFollowUp> followUps = payments.paymentsOf(application.id());
        var history = instruction.history(application.id());
        return Templates.file(application, access.organisationOf(application), documents.list(application.id()),
                requests, instruction.messages(application.id()), notice, errors, instruction.today(), history,
                FileTimeline.of(application, history, requests, followUps, instruction.today()));
    }

    private DraftView view(Application application, DraftStep step, FormData typed, List<Problem.FieldError> errors,
            List<IncompleteApplicationException.Missing> problems) {
        Organisation organisation = access.organisationOf(application);
        List<Document> pieces = documents.list(application.id());
        DraftView.Project project = typed != null && step == DraftStep.PROJECT
                ? new DraftView.Project(typed.text("title"), typed.text("summary"), typed.text("stage"),
                        communes(typed), typed.checked("qpv"), typed.text("qpvCode"), typed.text("qpvName"),
                        typed.text("startDate"),
                        typed.text("endDate"))
                : new DraftView.Project(application.title() == null ? "" : application.title(),
                        application.summary() == null ? "" : application.summary(),
                        application.stage() == null ? "" : application.stage().name(), communes(application.communeCodes()),
                        application.qpv(), application.qpvCode() == null ? "" : application.qpvCode(),
                        application.qpvName() == null ? "" : application.qpvName(),
                        application.startDate() == null ? "" : application.startDate().toString(),
                        application.endDate() == null ? "" : application.endDate().toString());
        List<DraftView.Row> partners = typed != null && step == DraftStep.PARTNERS
                ? DraftView.typedRows(typed, "partnerName", "partnerCategory", "partnerRole")
                : DraftView.rows(application.partners(), p -> new DraftView.Row(p.name, p.category.name(),
                        p.role == null ? "" : p.role));
        List<DraftView.Row> expenses = typed != null && step == DraftStep.BUDGET
                ? DraftView.typedRows(typed, "expenseCategory", "expenseLabel", "expenseAmount")
                : DraftView.rows(application.expenses(), e -> new DraftView.Row(e.category.name(),
                        e.label == null ? "" : e.label, DraftView.amount(e.amount)));
        List<DraftView.Row> funding = typed != null && step == DraftStep.FUNDING
                ? DraftView.typedRows(typed, "fundingSource", "fundingLabel", "fundingAmount")
                : DraftView.rows(application.funding(), f -> new DraftView.Row(f.source.name(),
                        f.label == null ? "" : f.label, DraftView.amount(f.amount)));
        String requested = typed != null && step == DraftStep.FUNDING ? typed.text("requestedAmount")
                : DraftView.amount(application.requestedAmount());
        boolean typedFunding = typed != null && step == DraftStep.FUNDING;
        List<DraftView.AidRow> deMinimisAids = typedFunding ? DraftView.typedAidRows(typed)
                : DraftView.aidRows(application.deMinimisAids().stream().map(a -> new DraftView.AidRow(a.grantor(),
                        a.grantedOn() == null ? "" : a.grantedOn().toString(), DraftView.amount(a.amount()),
                        a.regulation() == null ? "" : a.regulation())).toList());
        boolean deMinimisCertified = typedFunding ? typed.checked("deMinimisCertified") : application.deMinimisCertified();
        EligibilityPreview eligibility = null;
        String note = null;
        if (step == DraftStep.BUDGET || step == DraftStep.SUBMISSION) {
            try {
                eligibility = applications.eligibilityOf(application);
            } catch (ProblemException e) {
                note = e.getMessage();
            }
        }
        List<IncompleteApplicationException.Missing> missing = step == DraftStep.SUBMISSION && problems.isEmpty()
                ? applications.submissionProblems(application,
                        pieces.stream().map(d -> d.type).collect(java.util.stream.Collectors.toSet()))
                : problems;
        return new DraftView(application, organisation, step, errors, project, partners, expenses, funding, requested,
                deMinimisAids, deMinimisCertified, pieces, DraftView.required(application, pieces), eligibility, note,
                missing, List.of());
    }

    private List<String> communes(List<String> codes) {
        List<String> shown = new ArrayList<>(communeNames.of(codes));
        while (shown.size() < DraftForms.COMMUNE_ROWS) {
            shown.add("");
        }
        return shown;
    }

    private static List<String> communes(FormData typed) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < DraftForms.COMMUNE_ROWS; i++) {
            shown.add(typed.text("commune" + i));
        }
        return shown;
    }

    private List<Application> myFiles() {
        return queries.search(new ApplicationQueries.Filter(null, null, null, null, null, null, null, null, null, null),
                0, 100).items();
    }

    private static DraftStep step(String slug) {
        return DraftStep.of(slug).orElseThrow(() -> ProblemException.notFound("Cette étape du dossier n'existe pas."));
    }

    private static long parseVersion(String typed) {
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", "Le formulaire est incomplet : rechargez la page.");
        }
    }

    private static String notice(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "depose" -> "Votre dossier est déposé. Votre accusé de réception est disponible ci-dessous.";
            case "reponse" -> "Votre réponse est envoyée : votre dossier revient à la Région.";
            case "message" -> "Votre message est envoyé.";
            case "convention" -> "Vous avez accepté la convention. Elle est maintenant signée au nom de la Région ; "
                    + "vous pourrez alors demander l'avance, une fois vos coordonnées bancaires validées.";
            case "retrait" -> "Votre dossier est retiré.";
            case "piece" -> "La pièce est jointe au dossier.";
            default -> null;
        };
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
