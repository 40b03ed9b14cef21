package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.domain.RetentionRun;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** The reports of the retention job's runs, for the Region's administrators (docs/retention.md). */
@Path("/api/v1/admin/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class RetentionRunResource {

    /** The last runs are enough to follow the job; older reports stay in the table. */
    private static final int LAST_RUNS = 100;

    /** One run: when, how many notices, e-mails, reminders and addresses it removed, failures. */
    public record RetentionRunView(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, int noticesDeleted,
            int deliveriesErased, int remindersDeleted, int recipientsDeleted, int failures) {

        static RetentionRunView of(RetentionRun run) {
            return new RetentionRunView(run.id, run.startedAt, run.finishedAt, run.noticesDeleted,
                    run.deliveriesErased, run.remindersDeleted, run.recipientsDeleted, run.failures);
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The last 100 runs of the retention job, the latest first")
    public List<RetentionRunView> runs() {
        return RetentionRun.latest(LAST_RUNS).stream().map(RetentionRunView::of).toList();
    }
}
