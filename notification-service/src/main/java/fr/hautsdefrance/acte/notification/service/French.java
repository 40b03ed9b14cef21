package fr.hautsdefrance.acte.notification.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and amounts as a French letter writes them, in the Region's time zone. */
public final class French {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRANCE);

    private French() {
    }

    /** 22 novembre 2026. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 22 novembre 2026, the day it is in Paris at that instant. */
    public static String date(OffsetDateTime instant) {
        return instant == null ? "" : DATE.format(instant.atZoneSameInstant(PARIS));
    }

    /** 22 novembre 2026 à 10h30, Paris time. */
    public static String dateTime(OffsetDateTime instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZoneSameInstant(PARIS));
    }

    /** 30 000,00 € (with the narrow no-break spaces French typography uses). */
    public static String amount(BigDecimal euros) {
        if (euros == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(euros.setScale(2, RoundingMode.HALF_UP)) + "\u00a0€";
    }

    /** 0.5 → 50 %, 0.6 → 60 %. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        BigDecimal percent = rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
        return percent.scale() <= 0 ? percent.toBigInteger() + "\u00a0%"
                : percent.toPlainString().replace('.', ',') + "\u00a0%";
    }
}
