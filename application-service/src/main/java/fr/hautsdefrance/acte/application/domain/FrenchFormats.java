package fr.hautsdefrance.acte.application.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as people read them in French, in pages, letters and messages alike. */
public final class FrenchFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private FrenchFormats() {
    }

    /** "15 000,00 €", with non-breaking spaces; a dash when there is no amount. */
    public static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + "\u00a0€";
    }

    /** A rate as a percentage without its sign: 0.45 → "45", 0.428571… → "42,8571"; a dash when there is none. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return format.format(rate.movePointRight(2));
    }

    /** "17 décembre 2026"; a dash when there is no date. */
    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
