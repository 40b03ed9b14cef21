package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.FinanceViews;
import fr.hautsdefrance.acte.application.service.FinanceDesk;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The finance officers' pages: the mandates to prepare and to approve (four-eyes: payment-service
 * refuses the approval to whoever prepared, the page shows its French refusal), the bordereaux sent
 * to the public accountant with their PES V2 files and the import of the accountant's answer, the
 * titres de recette to collect, the payments export. Every form posts here, then back to a page
 * (Post/Redirect/Get); a refusal shows the page again with the message.
 */
@Path("/instruction/finance")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FINANCE)
@PortalCsrf.Protected
public class FinancePages {

    /** The accountant's answers are small XML files; a bordereau of 10,000 mandates answers in far less. */
    static final long MAX_ANSWER_SIZE = 10L * 1024 * 1024;

    private final FinanceDesk desk;
    private final Clock clock;

    @Inject
    public FinancePages(FinanceDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance finance(FinanceDesk.Waiting waiting, String unavailable, String notice,
                List<Problem.FieldError> errors, String idempotencyKey, LocalDate today);

        static native TemplateInstance bordereau(FinanceViews.Batch batch, String notice,
                List<Problem.FieldError> errors);
    }

    @GET
    public TemplateInstance page(@QueryParam("avis") String notice) {
        return desk(notice(notice), List.of());
    }

    @POST
    @Path("/mandats/{paymentId}/preparation")
    public Object prepare(@PathParam("paymentId") UUID paymentId) {
        try {
            desk.prepare(paymentId);
        } catch (ProblemException refusal) {
            return desk(null, errorsOn("mandat-" + paymentId, refusal));
        }
        return seeDesk("prepare");
    }

    /**
     * The liquidation is wrong (amount, missing justificatif): it goes back to the officer with the
     * reason instead of a mandate. A refusal shows the page again with the reason typed.
     */
    @POST
    @Path("/mandats/{paymentId}/renvoi")
    public Object returnLiquidation(@PathParam("paymentId") UUID paymentId, @RestForm String reason) {
        String field = "reason-" + paymentId;
        if (reason == null || reason.isBlank()) {
            return desk(null, List.of(new Problem.FieldError(field, "Indiquez à l'instructeur pourquoi vous renvoyez "
                    + "la liquidation (montant, justificatif manquant…) : il doit savoir quoi corriger.")));
        }
        try {
            desk.returnLiquidation(paymentId, reason.strip());
        } catch (ProblemException refusal) {
            return desk(null, errorsOn(field, refusal));
        }
        return seeDesk("renvoye");
    }

    @POST
    @Path("/mandats/{paymentId}/approbation")
    public Object approve(@PathParam("paymentId") UUID paymentId, @RestForm String idempotencyKey) {
        try {
            desk.approve(paymentId, idempotencyKey == null || idempotencyKey.isBlank()
                    ? UUID.randomUUID().toString() : idempotencyKey);
        } catch (ProblemException refusal) {
            return desk(null, errorsOn("mandat-" + paymentId, refusal));
        }
        return seeDesk("approuve");
    }

    @POST
    @Path("/bordereaux")
    public Object newBatch(@RestForm String idempotencyKey) {
        FinanceViews.Batch batch;
        try {
            batch = desk.newBatch(idempotencyKey == null || idempotencyKey.isBlank()
                    ? UUID.randomUUID().toString() : idempotencyKey);
        } catch (ProblemException refusal) {
            return desk(null, errorsOn("mandats-approuves", refusal));
        }
        return Response.seeOther(URI.create("/instruction/finance/bordereaux/" + batch.id() + "?avis=emis")).build();
    }

    @GET
    @Path("/bordereaux/{batchId}")
    public TemplateInstance batch(@PathParam("batchId") UUID batchId, @QueryParam("avis") String notice) {
        return Templates.bordereau(desk.batch(batchId), notice(notice), List.of());
    }

    @GET
    @Path("/bordereaux/{batchId}/fichier")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("batchId") UUID batchId) {
        FinanceViews.Batch batch = desk.batch(batchId);
        return Attachments.of(desk.pesFile(batchId), "application/xml", batch.messageId() + ".xml");
    }

    /** The accountant's answer as received from Hélios, uploaded by finance. */
    @POST
    @Path("/bordereaux/{batchId}/reponses")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object importAnswer(@PathParam("batchId") UUID batchId, @RestForm("file") FileUpload file) {
        String refused = null;
        if (file == null || file.size() == 0) {
            refused = "Choisissez le fichier reçu du comptable public (PES_Acquit, PES_NonAcquit ou PES_Retour).";
        } else if (file.size() > MAX_ANSWER_SIZE) {
            refused = "Le fichier dépasse 10 Mo : ce n'est pas une réponse du comptable public à un bordereau.";
        } else {
            try {
                desk.importAccountantAnswer(batchId, Files.readAllBytes(file.uploadedFile()));
            } catch (ProblemException refusal) {
                refused = refusal.errors().isEmpty() ? refusal.getMessage() : refusal.errors().get(0).message();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (refused != null) {
            return Templates.bordereau(desk.batch(batchId), null, List.of(new Problem.FieldError("file", refused)));
        }
        return Response.seeOther(URI.create("/instruction/finance/bordereaux/" + batchId + "?avis=reponse")).build();
    }

    @POST
    @Path("/titres/{recoveryId}/encaissement")
    public Object collect(@PathParam("recoveryId") UUID recoveryId, @RestForm String collectedOn) {
        String field = "collectedOn-" + recoveryId;
        LocalDate date;
        try {
            date = LocalDate.parse(collectedOn == null ? "" : collectedOn.strip());
        } catch (DateTimeParseException e) {
            return desk(null, List.of(new Problem.FieldError(field, "Indiquez la date d'encaissement par le comptable "
                    + "public, par exemple 15/03/2026.")));
        }
        try {
            desk.collect(recoveryId, date);
        } catch (ProblemException refusal) {
            return desk(null, errorsOn(field, refusal));
        }
        return seeDesk("encaisse");
    }

    @GET
    @Path("/versements.csv")
    @Produces("text/csv")
    public Response export() {
        return Attachments.of(desk.paymentsExport(), "text/csv; charset=UTF-8",
                "versements-acte-" + RegionCalendar.today(clock) + ".csv");
    }

    private TemplateInstance desk(String notice, List<Problem.FieldError> errors) {
        FinanceDesk.Waiting waiting = null;
        String unavailable = null;
        try {
            waiting = desk.waiting();
        } catch (ProblemException e) {
            unavailable = e.getMessage();
        }
        return Templates.finance(waiting, unavailable, notice, errors, UUID.randomUUID().toString(),
                RegionCalendar.today(clock));
    }

    /** payment-service's refusal on the form it is about: its detail, or the message of each field it names. */
    private static List<Problem.FieldError> errorsOn(String field, ProblemException refusal) {
        if (refusal.errors().isEmpty()) {
            return List.of(new Problem.FieldError(field, refusal.getMessage()));
        }
        return refusal.errors().stream().map(e -> new Problem.FieldError(field, e.message())).toList();
    }

    private static Response seeDesk(String notice) {
        return Response.seeOther(URI.create("/instruction/finance?avis=" + notice)).build();
    }

    private static String notice(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "prepare" -> "Le mandat est préparé : un autre gestionnaire financier doit maintenant l'approuver.";
            case "renvoye" -> "La liquidation est renvoyée à l'instructeur avec votre motif : la demande de versement "
                    + "attend une nouvelle liquidation, l'instructeur est prévenu.";
            case "approuve" -> "Le mandat est approuvé : il sera transmis au comptable public dans le prochain bordereau.";
            case "emis" -> "Le bordereau est émis : téléchargez son fichier PES V2 et transmettez-le au comptable public.";
            case "reponse" -> "La réponse du comptable public est enregistrée sur le bordereau et ses mandats.";
            case "encaisse" -> "L'encaissement est enregistré : le titre de recette est soldé.";
            default -> null;
        };
    }
}
