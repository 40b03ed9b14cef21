package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.Stage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The project step: what the project is, where (communes, a priority neighbourhood) and when. */
public record DescribeProject(
        @DraftConstraints.Title String title,
        @DraftConstraints.Summary String summary,
        Stage stage,
        @Size(max = 400, message = "400 communes au plus.")
        List<@NotNull(message = "Indiquez la commune.") @DraftConstraints.CommuneCode String> communeCodes,
        boolean qpv,
        @DraftConstraints.QpvCode String qpvCode,
        @DraftConstraints.QpvName String qpvName,
        LocalDate startDate,
        LocalDate endDate) implements DraftChange {

    public DescribeProject {
        communeCodes = Commands.copy(communeCodes);
    }

    /** A new draft's first words: its title alone. */
    public static DescribeProject titled(String title) {
        return new DescribeProject(title, null, null, List.of(), false, null, null, null, null);
    }

    @Override
    public void applyTo(Application draft, LocalDate today) {
        draft.describeProject(title, summary, stage, communeCodes, startDate, endDate);
        draft.nameQpv(qpv, qpvCode, qpvName);
    }
}
