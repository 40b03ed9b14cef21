package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.PaymentRequest;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.service.Access;
import fr.hautsdefrance.acte.application.service.GrantPayments;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import fr.hautsdefrance.acte.web.security.Roles;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicant's Versements page of a file whose agreement is signed: the grant as payment-service
 * keeps it, the bank details, the requests for the advance, an instalment or the balance. Every
 * form posts here, then back to the page (Post/Redirect/Get); a refusal shows the page again with
 * payment-service's messages on the fields.
 */
@Path("/espace/dossiers/{id}/versements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
@PortalCsrf.Protected
public class GrantPages {

    private static final Pattern FILES_OF_ROW = Pattern.compile("lineFiles(\\d+)");

    private final GrantPayments grants;
    private final Access access;

    @Inject
    public GrantPages(GrantPayments grants, Access access) {
        this.grants = grants;
        this.access = access;
    }

    @CheckedTemplate(basePath = "portail")
    static class Templates {
        static native TemplateInstance grant(GrantPage view);
    }

    @GET
    public Object page(@PathParam("id") UUID id, @QueryParam("avis") String notice) {
        Application application = access.asMember(id);
        if (!GrantPayments.WITH_GRANT.contains(application.status())) {
            return Response.seeOther(URI.create("/espace/dossiers/" + id)).build();
        }
        return view(application, notice(notice), List.of(), null, "", List.of(), PaymentForms.STATEMENT_ROWS, null);
    }

    @POST
    @Path("/coordonnees-bancaires")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object bankDetails(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormData form = new FormData(fields);
        try {
            grants.proposeBankDetails(id, PaymentForms.bankDetails(form));
        } catch (ProblemException refusal) {
            return view(access.asMember(id), null, PaymentForms.errorsOf(refusal, PaymentForms.Form.BANK), form, "",
                    List.of(), PaymentForms.STATEMENT_ROWS, null);
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "/versements?avis=coordonnees")).build();
    }

    /** The advance (kind ADVANCE, no statement), or an instalment or the balance with the expense statement. */
    @POST
    @Path("/demandes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object request(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return request(id, new FormData(fields), Map.of());
    }

    /** The statement with its invoices and statements as files ({@code lineFiles<n>} for row {@code n}). */
    @POST
    @Path("/demandes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object requestWithEvidence(@PathParam("id") UUID id, MultipartFormDataInput input) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        Map<Integer, List<FormValue>> files = new TreeMap<>();
        input.getValues().forEach((name, values) -> values.forEach(value -> {
            Matcher row = FILES_OF_ROW.matcher(name);
            if (value.isFileItem() && row.matches()) {
                // A file input left empty still sends a part, without name nor content.
                if (value.getFileName() != null && !value.getFileName().isBlank()) {
                    files.computeIfAbsent(Integer.parseInt(row.group(1)), n -> new ArrayList<>()).add(value);
                }
            } else if (!value.isFileItem()) {
                fields.add(name, value.getValue());
            }
        }));
        return request(id, new FormData(fields), files);
    }

    private Object request(UUID id, FormData form, Map<Integer, List<FormValue>> files) {
        String key = form.text("idempotencyKey");
        if (form.text("kind").equals("ADVANCE")) {
            try {
                grants.request(id, key, PaymentRequest.advance());
            } catch (ProblemException refusal) {
                return view(access.asMember(id), null, PaymentForms.errorsOf(refusal, PaymentForms.Form.ADVANCE), null,
                        "", List.of(), PaymentForms.STATEMENT_ROWS, null);
            }
            return Response.seeOther(URI.create("/espace/dossiers/" + id + "/versements?avis=avance")).build();
        }
        boolean send = !form.text("action").equals("lignes");
        // The files are kept first: each one joined is then named on its row, so a statement shown again
        // (refused, or more rows asked for) still carries them without choosing them again.
        List<Problem.FieldError> fileErrors = send ? attach(id, form, files) : List.of();
        PaymentForms.Statement statement = PaymentForms.statement(form);
        int shown = Math.max(PaymentForms.STATEMENT_ROWS, statement.rows().size());
        if (!send) {
            // More rows asked for: the statement comes back as typed, nothing is sent.
            return view(access.asMember(id), null, List.of(), null, form.text("kind"), statement.rows(),
                    shown + PaymentForms.STATEMENT_ROWS, key);
        }
        if (!statement.valid() || !fileErrors.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>(statement.errors());
            errors.addAll(fileErrors);
            return view(access.asMember(id), null, errors, null, form.text("kind"), statement.rows(), shown, key);
        }
        try {
            grants.request(id, key, statement.request());
        } catch (ProblemException refusal) {
            return view(access.asMember(id), null, PaymentForms.errorsOf(refusal, PaymentForms.Form.STATEMENT), null,
                    form.text("kind"), statement.rows(), shown, key);
        }
        return Response.seeOther(URI.create("/espace/dossiers/" + id + "/versements?avis="
                + (form.text("kind").equals("BALANCE") ? "solde" : "acompte"))).build();
    }

    /**
     * Keeps each row's files with the file's pieces (type and size checked as the application's) and
     * adds their names to the row's justificatifs; what is refused is said on the row's file field.
     */
    private List<Problem.FieldError> attach(UUID id, FormData form, Map<Integer, List<FormValue>> files) {
        List<Problem.FieldError> errors = new ArrayList<>();
        files.forEach((row, values) -> {
            if (row >= PaymentForms.MAX_ROWS) {
                return;
            }
            List<String> names = new ArrayList<>(PaymentForms.documents(form.text("lineDocuments" + row)));
            for (FormValue value : values) {
                try {
                    String kept = grants.attachEvidence(id, value.getFileName(),
                            Files.readAllBytes(value.getFileItem().getFile()));
                    if (!names.contains(kept)) {
                        names.add(kept);
                    }
                } catch (ProblemException refusal) {
                    errors.add(new Problem.FieldError("lineFiles" + row, "Ligne " + (row + 1) + ", « "
                            + value.getFileName() + " » : " + refusal.getMessage()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            form.raw().put("lineDocuments" + row, List.of(String.join(" ; ", names)));
        });
        return errors;
    }

    /**
     * The page; {@code statementKey} is the key of a statement shown again (a retry of the same
     * statement must not be a second request), every other form gets a fresh one.
     */
    private TemplateInstance view(Application application, String notice, List<Problem.FieldError> errors,
            FormData bankForm, String kind, List<PaymentForms.StatementRow> typedRows, int rows, String statementKey) {
        GrantDetails grant = null;
        String unavailable = null;
        try {
            grant = grants.grantOf(application.id()).orElse(null);
        } catch (ProblemException e) {
            unavailable = e.getMessage();
        }
        return Templates.grant(new GrantPage(application, grant, unavailable, notice, errors, bankForm, kind,
                PaymentForms.shown(typedRows, rows), UUID.randomUUID().toString(),
                statementKey == null || statementKey.isEmpty() ? UUID.randomUUID().toString() : statementKey));
    }

    private static String notice(String key) {
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "coordonnees" -> "Vos coordonnées bancaires sont enregistrées. Le service financier de la Région les "
                    + "vérifie avant tout versement.";
            case "avance" -> "Votre demande d'avance est enregistrée : elle sera versée sur le compte validé par la Région.";
            case "acompte" -> "Votre demande d'acompte est enregistrée : la Région examine votre état des dépenses.";
            case "solde" -> "Votre demande de solde est enregistrée : la Région examine votre état final des dépenses.";
            default -> null;
        };
    }
}
