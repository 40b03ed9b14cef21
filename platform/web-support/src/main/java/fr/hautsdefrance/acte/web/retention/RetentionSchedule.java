package fr.hautsdefrance.acte.web.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention rules of docs/retention.md as dates: what is due for a piece of personal data on a
 * given day. Pure rules (no clock, no database), so that a job applying them can run any day, as
 * often as it likes, and decide the same.
 */
public final class RetentionSchedule {

    /** What is due for an abandoned draft. */
    public enum DraftFate {
        KEEP, WARN, DELETE
    }

    private final Period draftInactivity;
    private final Period draftWarningNotice;
    private final Period appealPeriod;
    private final Period archivePeriod;
    private final Period accountingLimitation;

    public RetentionSchedule(Period draftInactivity, Period draftWarningNotice, Period appealPeriod,
            Period archivePeriod, Period accountingLimitation) {
        this.draftInactivity = Objects.requireNonNull(draftInactivity);
        this.draftWarningNotice = Objects.requireNonNull(draftWarningNotice);
        this.appealPeriod = Objects.requireNonNull(appealPeriod);
        this.archivePeriod = Objects.requireNonNull(archivePeriod);
        this.accountingLimitation = Objects.requireNonNull(accountingLimitation);
    }

    public static RetentionSchedule of(RetentionPeriods periods) {
        return new RetentionSchedule(periods.draftInactivity(), periods.draftWarningNotice(), periods.appealPeriod(),
                periods.archivePeriod(), periods.accountingLimitation());
    }

    /**
     * A draft last changed on {@code lastChange}: warned once it has been untouched for the inactivity
     * period, deleted once the notice after that warning has run out with nobody touching it. A change
     * after the warning makes the draft live again (the warning no longer counts).
     */
    public DraftFate draftFate(LocalDate lastChange, Optional<LocalDate> warnedOn, LocalDate today) {
        Optional<LocalDate> validWarning = warnedOn.filter(warning -> !warning.isBefore(lastChange));
        if (validWarning.isPresent()) {
            return today.isBefore(validWarning.get().plus(draftWarningNotice)) ? DraftFate.KEEP : DraftFate.DELETE;
        }
        return today.isBefore(lastChange.plus(draftInactivity)) ? DraftFate.KEEP : DraftFate.WARN;
    }

    /**
     * The day a refused or withdrawn file loses the personal data it holds: once the decision can
     * no longer be appealed, and the archive period has run.
     */
    public LocalDate anonymisationDue(LocalDate decidedOn) {
        return decidedOn.plus(appealPeriod).plus(archivePeriod);
    }

    public boolean anonymisationDue(LocalDate decidedOn, LocalDate today) {
        return !today.isBefore(anonymisationDue(decidedOn));
    }

    /**
     * The day a grant's bank details are erased: the accounting limitation period after its last
     * payment. A grant that may still be paid (or claimed back) keeps them: no date yet.
     */
    public Optional<LocalDate> bankDetailsErasureDue(Optional<LocalDate> lastPayment, boolean grantFinished) {
        if (!grantFinished) {
            return Optional.empty();
        }
        return lastPayment.map(paid -> paid.plus(accountingLimitation));
    }

    /**
     * The day a notice or an e-mail about a file loses its personal data (docs/retention.md). A
     * draft's deletion warning goes when its notice has run: the draft is deleted that day, or was
     * changed and the warning no longer holds. Any other goes after the appeal and archive periods:
     * a notice about a refused or withdrawn file is made at its decision or before, so none outlives
     * the file's anonymisation; an awarded file keeps its own record of what it was told.
     */
    public LocalDate noticeErasureDue(LocalDate sentOn, boolean draftWarning) {
        return draftWarning ? sentOn.plus(draftWarningNotice) : anonymisationDue(sentOn);
    }

    /**
     * The last day whose notices (of the kind) are due on {@code today}: those sent on it or before
     * are erased, those sent after are kept. Exact at the ends of months, where subtracting a period
     * does not undo adding it.
     */
    public LocalDate noticesDueUpTo(LocalDate today, boolean draftWarning) {
        Period period = draftWarning ? draftWarningNotice : appealPeriod.plus(archivePeriod);
        LocalDate last = today.minus(period);
        while (!noticeErasureDue(last.plusDays(1), draftWarning).isAfter(today)) {
            last = last.plusDays(1);
        }
        while (noticeErasureDue(last, draftWarning).isAfter(today)) {
            last = last.minusDays(1);
        }
        return last;
    }
}
