package fr.hautsdefrance.acte.web.csv;

import java.util.List;

/**
 * The one way the platform writes CSV (RFC 4180), whoever reads the file: a cell that starts
 * with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so a title such
 * as {@code =HYPERLINK(...)} stays text when the file is opened in a spreadsheet, the public
 * open-data file included (anyone may open it in one).
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder csv = new StringBuilder();
    private final char separator;

    private CsvWriter(char separator, boolean byteOrderMark) {
        this.separator = separator;
        if (byteOrderMark) {
            csv.append('\uFEFF');
        }
    }

    /** Comma-separated, as open-data formats (SCDL) want it. */
    public static CsvWriter commaSeparated() {
        return new CsvWriter(',', false);
    }

    /** Semicolons and a byte-order mark, as French spreadsheets expect. */
    public static CsvWriter forFrenchSpreadsheets() {
        return new CsvWriter(';', true);
    }

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
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
