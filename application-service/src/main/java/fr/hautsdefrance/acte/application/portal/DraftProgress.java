package fr.hautsdefrance.acte.application.portal;

import java.util.List;

/**
 * Where the applicant stands in the form: each step done, being filled, or still to fill. A step is done
 * once what the deposit needs from it is there; the deposit itself is never done while the file is a draft.
 * The state is written out in words (the step indicator does not rely on colour).
 */
public record DraftProgress(List<StepState> steps) {

    /** One step of the indicator: its state in the applicant's words, and whether it is the page shown. */
    public record StepState(DraftStep step, boolean done, boolean current) {

        public String getState() {
            return done ? "done" : current ? "current" : "todo";
        }

        public String getStateLabel() {
            if (current) {
                return done ? "étape en cours, complète" : "étape en cours";
            }
            return done ? "complète" : "à compléter";
        }
    }

    static DraftProgress of(DraftView view) {
        return new DraftProgress(DraftStep.all().stream()
                .map(step -> new StepState(step, done(step, view), step == view.step())).toList());
    }

    public long getDoneCount() {
        return steps.stream().filter(StepState::done).count();
    }

    public int getTotal() {
        return steps.size();
    }

    private static boolean done(DraftStep step, DraftView view) {
        return switch (step) {
            case PROJECT -> filled(view.project().title()) && filled(view.project().stage())
                    && view.project().communes().stream().anyMatch(DraftProgress::filled)
                    && filled(view.project().startDate()) && filled(view.project().endDate());
            case PARTNERS -> view.partners().stream().filter(p -> filled(p.a()) && filled(p.b())).count() >= 2;
            case BUDGET -> view.expenses().stream().anyMatch(e -> filled(e.a()) && filled(e.c()));
            case FUNDING -> filled(view.requestedAmount()) && view.funding().stream().anyMatch(f -> filled(f.a()) && filled(f.c()));
            case DOCUMENTS -> view.required().stream().allMatch(DraftView.Required::present);
            case SUBMISSION -> false;
        };
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
