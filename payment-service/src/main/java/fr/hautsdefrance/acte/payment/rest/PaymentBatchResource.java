package fr.hautsdefrance.acte.payment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentBatch;
import fr.hautsdefrance.acte.payment.domain.PaymentChannel;
import fr.hautsdefrance.acte.payment.domain.pes.PesAllerWriter;
import fr.hautsdefrance.acte.payment.domain.pes.PesAnswerReader;
import fr.hautsdefrance.acte.payment.domain.sepa.BankReportReader;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.payment.service.IdempotentCommands;
import fr.hautsdefrance.acte.payment.service.PaymentOrderService;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Batches of approved payments and the payer's answers: bordereaux of mandates in PES V2 for the
 * public accountant (channel PES) or SEPA credit transfer files for the bank (channel SEPA).
 */
@Path("/api/v1/payment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment batches")
public class PaymentBatchResource {

    static final String PAIN_001 = "application/xml";

    private final PaymentOrderService orders;
    private final IdempotentCommands idempotency;
    private final ObjectMapper mapper;

    @Inject
    public PaymentBatchResource(PaymentOrderService orders, IdempotentCommands idempotency, ObjectMapper mapper) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    public record BatchBody(LocalDate requestedExecutionDate, @Size(max = 100_000) List<@NotNull UUID> paymentIds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Put approved orders (those listed, or all) into a new batch: a bordereau of mandates (channel "
            + "PES) or a SEPA file (channel SEPA); requires an Idempotency-Key header")
    @APIResponseSchema(value = Views.BatchView.class, responseCode = "201",
            responseDescription = "Le lot créé (ou la même réponse pour une clé d'idempotence déjà vue)")
    public Response create(@Parameter(required = true, description = IdempotentCommands.DESCRIPTION) @HeaderParam(IdempotentCommands.HEADER) String key, @Valid BatchBody body,
            @Context UriInfo uri) {
        BatchBody request = body == null ? new BatchBody(null, null) : body;
        IdempotentCommands.Answer answer = idempotency.run(key, "payment-batch", request, 201, () -> {
            PaymentBatch batch = orders.batch(request.requestedExecutionDate(), request.paymentIds());
            List<Payment> payments = orders.paymentsOf(batch);
            return Views.BatchView.of(batch, payments, orders.grantsOf(payments));
        });
        return Answers.created(answer, uri.getAbsolutePathBuilder(), mapper);
    }

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "SEPA files, latest first")
    public Views.Page<Views.BatchView> list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "0 au moins (la première page est 0)") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "1 au moins")
            @Max(value = 100, message = "100 au plus") int size) {
        return Views.Page.of(orders.batches(page, size).map(b -> Views.BatchView.of(b, null, null)));
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "A SEPA file and its payments")
    public Views.BatchView batch(@PathParam("batchId") UUID batchId) {
        PaymentBatch batch = orders.batch(batchId);
        List<Payment> payments = orders.paymentsOf(batch);
        return Views.BatchView.of(batch, payments, orders.grantsOf(payments));
    }

    @GET
    @Path("/{batchId}/pain.001")
    @Produces(PAIN_001)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The ISO 20022 pain.001.001.09 file to send to the bank (streamed)")
    public Response file(@PathParam("batchId") UUID batchId) {
        PaymentBatch batch = orders.batch(batchId);
        PaymentOrderService.requireChannel(batch, PaymentChannel.SEPA);
        StreamingOutput body = out -> orders.writeFile(batch.id, out);
        return Response.ok(body, PAIN_001)
                .header("Content-Disposition", "attachment; filename=\"" + batch.messageId + ".xml\"").build();
    }

    static final String PES_XML = "application/xml";

    @GET
    @Path("/{batchId}/pes-aller")
    @Produces(PES_XML)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "The bordereau of mandates as a PES V2 file (PES_Aller, PES_DepenseAller) for the public "
            + "accountant (streamed; channel PES)")
    public Response pesFile(@PathParam("batchId") UUID batchId) {
        PaymentBatch batch = orders.batch(batchId);
        PaymentOrderService.requireChannel(batch, PaymentChannel.PES);
        StreamingOutput body = out -> orders.writePesFile(batch.id, out);
        return Response.ok(body, PES_XML + ";charset=" + PesAllerWriter.ENCODING)
                .header("Content-Disposition", "attachment; filename=\"" + batch.messageId + ".xml\"").build();
    }

    @POST
    @Path("/{batchId}/accountant-answers")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Import the public accountant's answer about the bordereau, as received from Hélios: "
            + "PES_Acquit (file acknowledged), PES_NonAcquit (file refused) or PES_Retour (each mandate taken in "
            + "charge or rejected). Payments are then recorded from the payment information (status-report)")
    public Views.BatchView accountantAnswer(@PathParam("batchId") UUID batchId, InputStream body) {
        PesAnswerReader.Answer answer;
        try {
            answer = PesAnswerReader.read(body);
        } catch (PesAnswerReader.UnreadableAnswer e) {
            throw ProblemException.invalidField("file", e.getMessage());
        }
        orders.recordAccountantAnswer(batchId, answer);
        return batch(batchId);
    }

    @POST
    @Path("/{batchId}/bank-reports")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Import the bank's own report on a SEPA file, as received: pain.002.001.10 (each transfer "
            + "settled or rejected with its reason code) or camt.054.001.08 (transfers booked); channel SEPA")
    public Views.BatchView bankReport(@PathParam("batchId") UUID batchId, String body) {
        BankReportReader.Report report;
        try {
            report = BankReportReader.read(body);
        } catch (BankReportReader.UnreadableReport e) {
            throw ProblemException.invalidField("file", e.getMessage());
        }
        orders.recordBankReport(batchId, report);
        return batch(batchId);
    }

    public record StatusEntryBody(@NotBlank(message = "indiquez la référence de bout en bout (EndToEndId)") String endToEndId,
            @NotNull(message = "indiquez PAID ou REJECTED") PaymentOrderService.Outcome status,
            @Size(max = 500) String reason,
            @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9]{4}",
                    message = "un code motif ISO 20022 de 4 caractères, par exemple AC04") String reasonCode) {
    }

    public record StatusReportBody(@NotEmpty(message = "le relevé ne contient aucune ligne") @Size(max = 100_000)
            List<@NotNull @Valid StatusEntryBody> entries) {
    }

    @POST
    @Path("/{batchId}/status-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Operation(summary = "Record the payer's report: each payment PAID or REJECTED (with the reason, and the bank's "
            + "ISO 20022 reason code: AC04, AC01… block the account); the bank's status report (channel SEPA) or the "
            + "accountant's payment information (channel PES)")
    public Views.BatchView statusReport(@PathParam("batchId") UUID batchId,
            @NotNull(message = GrantResource.NOT_EMPTY) @Valid StatusReportBody body) {
        orders.recordStatus(batchId, body.entries().stream()
                .map(e -> new PaymentOrderService.StatusEntry(e.endToEndId(), e.status(), e.reason(), e.reasonCode()))
                .toList());
        return batch(batchId);
    }
}
