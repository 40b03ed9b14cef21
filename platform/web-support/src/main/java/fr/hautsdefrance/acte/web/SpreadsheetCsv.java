package fr.hautsdefrance.acte.web;

import java.util.List;

/**
 * CSV rows (RFC 4180) for files people open in a spreadsheet: cells separated by {@code separator}
 * (';' for French spreadsheets), quoted when needed, and a value starting with = + - @ (or a tab, a
 * carriage return) kept as text, so that "=HYPERLINK(…)" typed into a name never runs as a formula.
 */
public final class SpreadsheetCsv {

    /** Excel opens a UTF-8 CSV as UTF-8 only when it starts with this mark. */
    public static final String BYTE_ORDER_MARK = "\ufeff";

    private SpreadsheetCsv() {
    }

    /** One row, CRLF-terminated; a null cell is empty. */
    public static String row(char separator, List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(separator);
            }
            row.append(cell(cells.get(i), separator));
        }
        return row.append("\r\n").toString();
    }

    static String cell(String value, char separator) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
