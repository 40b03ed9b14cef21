package fr.hautsdefrance.acte.application.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer corrects the applicant's data on a deposited file (a typo in the title, a wrong commune or
 * date), with a reason kept in the trail; what is absent is left as it is. {@code rural} and {@code qpv}
 * correct the file's territory (the qualification, with the same reason).
 */
public record CorrectApplication(
        @NotBlank(message = "Motivez la correction : elle figure dans l'historique du dossier.")
        @Size(max = 500, message = "500 caractères au plus pour le motif.") String reason,
        @DraftConstraints.CorrectedTitle String title,
        @Size(max = 400, message = "400 communes au plus.")
        List<@NotNull(message = "Indiquez la commune.") @DraftConstraints.CommuneCode String> communeCodes,
        Boolean rural,
        Boolean qpv,
        LocalDate startDate,
        LocalDate endDate) {

    public CorrectApplication {
        communeCodes = communeCodes == null ? null : Commands.copy(communeCodes);
    }

    /** Whether the correction touches the territory too (rural, QPV). */
    public boolean requalifies() {
        return rural != null || qpv != null;
    }
}
