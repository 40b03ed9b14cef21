package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.ApplicationQueries;
import fr.hautsdefrance.acte.application.service.ExportService;
import fr.hautsdefrance.acte.application.service.StatisticsService;
import fr.hautsdefrance.acte.web.Attachments;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Figures and exports: the funnel for officers, CSV for spreadsheets, SCDL open data for everyone. */
@Path("/api/v1")
@Tag(name = "Reporting")
public class ReportingResource {

    private final StatisticsService statistics;
    private final ExportService exports;
    private final Clock clock;

    @Inject
    public ReportingResource(StatisticsService statistics, ExportService exports, Clock clock) {
        this.statistics = statistics;
        this.exports = exports;
        this.clock = clock;
    }

    @GET
    @Path("/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The funnel (received, complete, eligible, approved, rejected) and amounts, by stage, département and year")
    public StatisticsService.Statistics statistics(@QueryParam("callId") UUID callId, @QueryParam("year") Integer year,
            @QueryParam("stage") Stage stage,
            @QueryParam("departement") @Pattern(regexp = "02|59|60|62|80", message = "département des Hauts-de-France attendu (02, 59, 60, 62, 80)") String departement) {
        return statistics.compute(callId, year, stage, departement);
    }

    @GET
    @Path("/exports/applications.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(summary = "The files matching the queue's filters, as CSV")
    public Response applications(@QueryParam("status") ApplicationStatus status, @QueryParam("stage") Stage stage,
            @QueryParam("commune") String commune, @QueryParam("assignedOfficer") String assignedOfficer,
            @QueryParam("submittedFrom") LocalDate submittedFrom, @QueryParam("submittedTo") LocalDate submittedTo,
            @QueryParam("label") String label, @QueryParam("callId") UUID callId) {
        ApplicationQueries.Filter filter = new ApplicationQueries.Filter(status, stage, commune, assignedOfficer,
                submittedFrom, submittedTo, label, null, callId, null);
        return Attachments.streamed(out -> exports.writeApplicationsCsv(filter, out), "text/csv; charset=UTF-8",
                "dossiers-acte-" + RegionCalendar.today(clock) + ".csv");
    }

    @GET
    @Path("/opendata/subventions.csv")
    @Produces("text/csv")
    @PermitAll
    @Operation(summary = "Awarded grants above 23,000 € in the SCDL « subventions » open-data format")
    public Response subventions() {
        return Attachments.streamed(exports::writeSubventionsCsv, "text/csv; charset=UTF-8", "subventions-acte.csv");
    }
}
