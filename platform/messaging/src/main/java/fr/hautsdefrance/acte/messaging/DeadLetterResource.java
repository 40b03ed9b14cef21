package fr.hautsdefrance.acte.messaging;

import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every service's dead letters, for its administrators: what its consumers gave up and why, and the
 * re-drive of chosen records once the cause is mended (docs/deploy.md, "Dead letters").
 */
@Path("/api/v1/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lettres mortes")
public class DeadLetterResource {

    private static final Pattern ID = Pattern.compile("[0-9]{1,9}-[0-9]{1,18}");

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record RedriveRequest(List<String> ids) {
    }

    @GET
    @Operation(summary = "Records on this service's dead-letter topic, the most recent first, with their reason, their origin and their last re-drive")
    public List<DeadLetters.DeadLetter> list() {
        return deadLetters.list();
    }

    @POST
    @Path("/redrive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sends the named records back to the topic they came from; consumers apply each event once")
    public List<DeadLetters.Redriven> redrive(RedriveRequest request, @Context SecurityContext caller) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw ProblemException.invalidField("ids", "Indiquez au moins une lettre morte à rejouer.");
        }
        for (String id : request.ids()) {
            if (id == null || !ID.matcher(id).matches()) {
                throw ProblemException.invalidField("ids", "« " + id + " » n'est pas l'identifiant d'une lettre morte "
                        + "(partition-position, par exemple 0-42).");
            }
        }
        try {
            return deadLetters.redrive(request.ids(), caller.getUserPrincipal().getName());
        } catch (DeadLetters.UnknownDeadLetterException e) {
            throw ProblemException.notFound("La lettre morte " + e.id() + " n'est pas sur " + deadLetters.topic()
                    + " : rechargez la liste.");
        }
    }
}
