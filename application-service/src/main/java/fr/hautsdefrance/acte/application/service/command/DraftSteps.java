package fr.hautsdefrance.acte.application.service.command;

import fr.hautsdefrance.acte.application.domain.Application;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** Several steps of the form at once, each applied as its own step is (a draft begun from the simulator's answers). */
public record DraftSteps(List<@NotNull @Valid DraftChange> steps) implements DraftChange {

    public DraftSteps {
        steps = Commands.copy(steps);
    }

    @Override
    public void applyTo(Application draft, LocalDate today) {
        steps.forEach(step -> step.applyTo(draft, today));
    }
}
