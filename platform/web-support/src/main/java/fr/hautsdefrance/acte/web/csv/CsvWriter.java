package fr.hautsdefrance.acte.web.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one way the platform writes CSV (RFC 4180), whoever reads the file: a cell that starts
 * with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so a title such
 * as {@code =HYPERLINK(...)} stays text when the file is opened in a spreadsheet, the public
 * open-data file included (anyone may open it in one). Rows are written as they come, to a text
 * kept in memory ({@link #toString()}) or to a stream (a response as it is sent).
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Appendable csv;
    private final char separator;

    private CsvWriter(Appendable csv, char separator, boolean byteOrderMark) {
        this.csv = csv;
        this.separator = separator;
        if (byteOrderMark) {
            append("\uFEFF");
        }
    }

    /** Comma-separated, as open-data formats (SCDL) want it. */
    public static CsvWriter commaSeparated() {
        return commaSeparated(new StringBuilder());
    }

    /** Comma-separated, written to {@code out}. */
    public static CsvWriter commaSeparated(Appendable out) {
        return new CsvWriter(out, ',', false);
    }

    /** Semicolons and a byte-order mark, as French spreadsheets expect. */
    public static CsvWriter forFrenchSpreadsheets() {
        return forFrenchSpreadsheets(new StringBuilder());
    }

    /** Semicolons and a byte-order mark, written to {@code out}. */
    public static CsvWriter forFrenchSpreadsheets(Appendable out) {
        return new CsvWriter(out, ';', true);
    }

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                append(separator);
            }
            append(cell(cells.get(i)));
        }
        append("\r\n");
        return this;
    }

    /** The text written, when the writer keeps it in memory. */
    @Override
    public String toString() {
        return csv.toString();
    }

    private void append(char character) {
        try {
            csv.append(character);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String text) {
        try {
            csv.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: neutralised, then quoted when it holds the separator, a quote or a line break. */
    String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
