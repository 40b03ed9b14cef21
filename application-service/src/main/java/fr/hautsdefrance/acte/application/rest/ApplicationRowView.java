package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.service.ApplicationQueries;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One file in a list: the columns of the officers' queue, read as such (no file is loaded to show a
 * row). The whole file is {@code GET /api/v1/applications/{id}}; the officer in charge only for
 * regional staff, as in the file's instruction block.
 */
public record ApplicationRowView(UUID id, String reference, String title, Stage stage, ApplicationStatus status,
        Boolean eligible, OffsetDateTime submittedAt, String assignedOfficerName, BigDecimal requestedAmount) {

    static ApplicationRowView of(ApplicationQueries.QueueRow row, boolean regionalStaff) {
        return new ApplicationRowView(row.id(), row.reference(), row.title(), row.stage(), row.status(),
                row.eligible(), row.submittedAt(), regionalStaff ? row.assignedOfficerName() : null,
                row.requestedAmount());
    }
}
