package fr.hautsdefrance.acte.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RegionCalendarTest {

    @Test
    void the_new_year_and_its_exercise_begin_at_midnight_in_paris_while_it_is_still_the_old_year_in_utc() {
        Clock newYearsEveInUtc = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

        assertThat(RegionCalendar.today(newYearsEveInUtc)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void an_instant_falls_on_the_day_it_is_in_paris_in_summer_time_too() {
        assertThat(RegionCalendar.dayOf(OffsetDateTime.parse("2027-06-30T22:15:00Z"))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(RegionCalendar.dayOf(OffsetDateTime.parse("2027-06-30T21:59:59Z"))).isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
