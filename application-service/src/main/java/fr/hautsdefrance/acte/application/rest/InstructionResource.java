package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.Opinion;
import fr.hautsdefrance.acte.application.domain.Scoring;
import fr.hautsdefrance.acte.application.domain.instruction.Annotation;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.instruction.Message;
import fr.hautsdefrance.acte.application.service.Access;
import fr.hautsdefrance.acte.application.service.AuditTrail;
import fr.hautsdefrance.acte.application.service.CommitteeService;
import fr.hautsdefrance.acte.application.service.InstructionService;
import fr.hautsdefrance.acte.application.service.command.CorrectApplication;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The instruction of a file: staff actions, and the conversation both sides share. */
@Path("/api/v1/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruction")
public class InstructionResource {

    private static final String NOT_EMPTY = "le corps de la requête est vide";

    private final InstructionService instruction;
    private final CommitteeService committee;
    private final AuditTrail audit;
    private final Access access;

    @Inject
    public InstructionResource(InstructionService instruction, CommitteeService committee, AuditTrail audit,
            Access access) {
        this.instruction = instruction;
        this.committee = committee;
        this.audit = audit;
        this.access = access;
    }

    /** The officer, one of the directory's ({@code GET /api/v1/officers}); their name and address come from it. */
    public record Assignment(@NotBlank(message = "indiquez la personne en charge") @Size(max = 255) String officer) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/assignment")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Assign the file to an officer of the directory (oneself, or anyone for a manager); 400 otherwise")
    public ApplicationView assign(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Assignment body) {
        return ApplicationView.of(instruction.assign(id, body.officer()), true);
    }

    public record Labels(@NotNull @Size(max = 20, message = "20 étiquettes au plus")
            Set<@NotBlank @Size(max = 60, message = "60 caractères au plus") String> labels) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/labels")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Set the file's labels")
    public ApplicationView label(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Labels body) {
        return ApplicationView.of(instruction.label(id, body.labels()), true);
    }

    @PUT
    @Path("/follow")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Follow the file")
    public ApplicationView follow(@PathParam("id") UUID id) {
        return ApplicationView.of(instruction.follow(id, true), true);
    }

    @DELETE
    @Path("/follow")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE})
    @Operation(summary = "Stop following the file")
    public ApplicationView unfollow(@PathParam("id") UUID id) {
        return ApplicationView.of(instruction.follow(id, false), true);
    }

    @POST
    @Path("/agreement/countersignature")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Sign the accepted agreement for the Region (holders of the signature delegation)")
    public ApplicationView countersign(@PathParam("id") UUID id) {
        return ApplicationView.of(committee.countersign(id), true);
    }

    @POST
    @Path("/review")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Open the instruction of a submitted file")
    public ApplicationView startReview(@PathParam("id") UUID id) {
        return ApplicationView.of(instruction.startReview(id), true);
    }

    public record InformationRequestBody(
            @NotBlank(message = "expliquez ce qui est demandé") @Size(max = 4000) String message,
            @Size(max = 30) List<@NotBlank @Size(max = 300) String> items,
            @NotNull(message = "indiquez l'échéance") @Future(message = "l'échéance doit être dans le futur") LocalDate deadline) {
    }

    /** {@code overdue}: the deadline passed unanswered ("réponse attendue depuis le {deadline}"). */
    public record InformationRequestView(UUID id, String message, List<String> items, LocalDate deadline,
            OffsetDateTime requestedAt, String answer, OffsetDateTime answeredAt, boolean overdue) {

        static InformationRequestView of(InformationRequest r, LocalDate today) {
            return new InformationRequestView(r.id, r.message, List.copyOf(r.items), r.deadline, r.requestedAt,
                    r.answer, r.answeredAt, r.overdueOn(today));
        }
    }

    @POST
    @Path("/information-requests")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Ask the applicant for pieces or information, with a deadline")
    public InformationRequestView requestInformation(@PathParam("id") UUID id,
            @NotNull(message = NOT_EMPTY) @Valid InformationRequestBody body) {
        return InformationRequestView.of(instruction.requestInformation(id, body.message(),
                body.items() == null ? List.of() : body.items(), body.deadline()), instruction.today());
    }

    @GET
    @Path("/information-requests")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The Region's requests on this file and their answers")
    public List<InformationRequestView> informationRequests(@PathParam("id") UUID id) {
        LocalDate today = instruction.today();
        return instruction.informationRequests(id).stream().map(r -> InformationRequestView.of(r, today)).toList();
    }

    public record Answer(@NotBlank(message = "écrivez votre réponse") @Size(max = 8000) String answer) {
    }

    @POST
    @Path("/information-requests/{requestId}/answer")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Answer a request: the file goes back to the officer")
    public InformationRequestView answer(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull(message = NOT_EMPTY) @Valid Answer body) {
        return InformationRequestView.of(instruction.answer(id, requestId, body.answer()), instruction.today());
    }

    public record NewDeadline(@NotNull(message = "indiquez la nouvelle échéance") LocalDate deadline) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/information-requests/{requestId}/deadline")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Give the applicant more time to answer a request")
    public InformationRequestView extendDeadline(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull(message = NOT_EMPTY) @Valid NewDeadline body) {
        return InformationRequestView.of(instruction.extendDeadline(id, requestId, body.deadline()),
                instruction.today());
    }

    public record Closure(@NotBlank(message = "motivez le classement sans suite") @Size(max = 4000) String reason) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/closure")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Close the file as incomplete (classement sans suite) once a request's deadline has passed")
    public ApplicationView closeAsIncomplete(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Closure body) {
        return ApplicationView.of(instruction.closeAsIncomplete(id, body.reason()), true);
    }

    public record Text(@NotBlank(message = "le texte est vide") @Size(max = 8000, message = "8 000 caractères au plus") String body) {
    }

    public record MessageView(UUID id, String authorName, boolean fromRegion, String body, OffsetDateTime postedAt) {

        static MessageView of(Message m) {
            return new MessageView(m.id, m.authorName, m.fromRegion, m.body, m.postedAt);
        }
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/messages")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Write to the other side about this file")
    public MessageView post(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Text body) {
        return MessageView.of(instruction.post(id, body.body()));
    }

    @GET
    @Path("/messages")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The conversation about this file")
    public List<MessageView> messages(@PathParam("id") UUID id) {
        return instruction.messages(id).stream().map(MessageView::of).toList();
    }

    public record AnnotationView(UUID id, String authorName, String body, OffsetDateTime writtenAt) {

        static AnnotationView of(Annotation a) {
            return new AnnotationView(a.id, a.authorName, a.body, a.writtenAt);
        }
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/annotations")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Write a private note (never shown to the applicant)")
    public AnnotationView annotate(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Text body) {
        return AnnotationView.of(instruction.annotate(id, body.body()));
    }

    @GET
    @Path("/annotations")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "Private notes on this file")
    public List<AnnotationView> annotations(@PathParam("id") UUID id) {
        return instruction.annotations(id).stream().map(AnnotationView::of).toList();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/corrections")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Correct the applicant's data, with a reason kept in the audit trail (rural and qpv: see "
            + "/qualification)")
    public ApplicationView correct(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) CorrectApplication body) {
        return ApplicationView.of(instruction.correct(id, body), true);
    }

    /** {@code rural}: true or false corrects the density grid's verdict, null leaves it to the grid. */
    public record Qualification(@NotBlank(message = "motivez la confirmation ou la correction") @Size(max = 2000) String reason,
            Boolean rural, boolean qpv,
            @Pattern(regexp = "Q[A-Z0-9]{5,9}", message = "code de quartier prioritaire attendu, par exemple QN06201I") String qpvCode,
            @Size(max = 200) String qpvName) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/qualification")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Confirm or correct the territory (rural, priority neighbourhood) with a reason; the file is "
            + "assessed again and the rate follows")
    public ApplicationView qualify(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Qualification body) {
        return ApplicationView.of(instruction.qualify(id, body.rural(), body.qpv(), body.qpvCode(), body.qpvName(),
                body.reason()), true);
    }

    public record Assessment(
            @NotNull(message = "notez la coopération entre acteurs multiples") @Min(value = 0, message = "notez la coopération entre acteurs multiples de 0 à " + Scoring.MAX_PER_CRITERION)
            @Max(value = Scoring.MAX_PER_CRITERION, message = "notez la coopération entre acteurs multiples de 0 à " + Scoring.MAX_PER_CRITERION) Integer cooperation,
            @NotNull(message = "notez l'ancrage local") @Min(value = 0, message = "notez l'ancrage local de 0 à " + Scoring.MAX_PER_CRITERION)
            @Max(value = Scoring.MAX_PER_CRITERION, message = "notez l'ancrage local de 0 à " + Scoring.MAX_PER_CRITERION) Integer localAnchoring,
            @NotNull(message = "notez l'implication des habitants") @Min(value = 0, message = "notez l'implication des habitants de 0 à " + Scoring.MAX_PER_CRITERION)
            @Max(value = Scoring.MAX_PER_CRITERION, message = "notez l'implication des habitants de 0 à " + Scoring.MAX_PER_CRITERION) Integer inhabitantsInvolvement,
            @NotNull(message = "notez le caractère non délocalisable") @Min(value = 0, message = "notez le caractère non délocalisable de 0 à " + Scoring.MAX_PER_CRITERION)
            @Max(value = Scoring.MAX_PER_CRITERION, message = "notez le caractère non délocalisable de 0 à " + Scoring.MAX_PER_CRITERION) Integer nonRelocatableActivity,
            @NotNull(message = "notez le potentiel d'essaimage") @Min(value = 0, message = "notez le potentiel d'essaimage de 0 à " + Scoring.MAX_PER_CRITERION)
            @Max(value = Scoring.MAX_PER_CRITERION, message = "notez le potentiel d'essaimage de 0 à " + Scoring.MAX_PER_CRITERION) Integer swarmingPotential,
            Opinion opinion,
            @DecimalMin(value = "0.00") @Digits(integer = 9, fraction = 2) BigDecimal proposedAmount,
            @NotBlank(message = "justifiez l'avis (le montant proposé, ou les motifs d'un avis défavorable)") @Size(max = 4000) String justification) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/assessment")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Assess the file for the committee: scoring grid and opinion, favourable (default) with a "
            + "proposed amount, or unfavourable with its reason and no amount")
    public ApplicationView assess(@PathParam("id") UUID id, @NotNull(message = NOT_EMPTY) @Valid Assessment body) {
        return ApplicationView.of(instruction.assess(id, new Scoring(body.cooperation(), body.localAnchoring(),
                body.inhabitantsInvolvement(), body.nonRelocatableActivity(), body.swarmingPotential()),
                body.opinion(), body.proposedAmount(), body.justification()), true);
    }

    public record Inadmissibility(@NotBlank(message = "motivez l'irrecevabilité") @Size(max = 4000) String reason) {
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/inadmissibility")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Refuse the file without a vote (irrecevabilité), with its reason; a refusal letter follows")
    public ApplicationView declareInadmissible(@PathParam("id") UUID id,
            @NotNull(message = NOT_EMPTY) @Valid Inadmissibility body) {
        return ApplicationView.of(instruction.declareInadmissible(id, body.reason()), true);
    }

    @POST
    @Path("/review/reopen")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER})
    @Operation(summary = "Take an assessed file back into review")
    public ApplicationView reopen(@PathParam("id") UUID id) {
        return ApplicationView.of(instruction.reopen(id), true);
    }

    /** People by name; the states and the hash for regional staff only. */
    public record AuditEntryView(int sequence, String actor, String action, OffsetDateTime at, String before,
            String after, String hash) {

        static AuditEntryView of(AuditTrail.HistoryLine e) {
            return new AuditEntryView(e.sequence(), e.actorName(), e.action(), e.at(), e.before(), e.after(), e.hash());
        }
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The file's history, oldest first: every entry for the Region's staff, without private notes "
            + "for the applicant")
    public List<AuditEntryView> history(@PathParam("id") UUID id) {
        return instruction.history(id).stream().map(AuditEntryView::of).toList();
    }

    public record Verification(boolean intact, Integer firstBrokenEntry, int entries) {
    }

    @GET
    @Path("/history/verification")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Check that the file's audit trail has not been altered")
    public Verification verify(@PathParam("id") UUID id) {
        access.readable(id);
        var broken = audit.firstBroken(id);
        return new Verification(broken.isEmpty(), broken.orElse(null), audit.history(id).size());
    }
}
