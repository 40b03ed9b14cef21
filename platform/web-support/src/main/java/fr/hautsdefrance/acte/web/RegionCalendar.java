package fr.hautsdefrance.acte.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The Region's calendar. The services' clocks run in UTC, but a day is a day in Hauts-de-France: a session is
 * held, a deadline passes, a bordereau is dated and an exercise begins at midnight in Paris, one or two hours
 * before UTC's.
 */
public final class RegionCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private RegionCalendar() {
    }

    /** Today in Hauts-de-France. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day an instant falls on in Hauts-de-France. */
    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
