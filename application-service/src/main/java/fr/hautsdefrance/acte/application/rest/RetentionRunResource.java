package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.retention.RetentionRun;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
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
@Tag(name = "Administration")
public class RetentionRunResource {

    /** The last runs are enough to follow the job; older reports stay in the table. */
    private static final int LAST_RUNS = 100;

    /** One run: when, and how many drafts warned and deleted, files anonymised, failures. */
    public record RetentionRunView(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, int draftsWarned,
            int draftsDeleted, int filesAnonymised, int failures) {

        static RetentionRunView of(RetentionRun run) {
            return new RetentionRunView(run.id, run.startedAt, run.finishedAt, run.draftsWarned, run.draftsDeleted,
                    run.filesAnonymised, run.failures);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The last 100 runs of the retention job, the latest first")
    public List<RetentionRunView> runs() {
        return RetentionRun.<RetentionRun>findAll(Sort.descending("id")).page(Page.ofSize(LAST_RUNS)).list().stream()
                .map(RetentionRunView::of).toList();
    }
}
