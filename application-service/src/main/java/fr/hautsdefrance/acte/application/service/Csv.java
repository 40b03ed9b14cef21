package fr.hautsdefrance.acte.application.service;

import java.util.List;

/** RFC 4180 rows; for spreadsheets opened by people, formulas are neutralised. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder csv, char separator, boolean forSpreadsheet, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(cells.get(i), separator, forSpreadsheet));
        }
        csv.append("\r\n");
    }

    private static String cell(String value, char separator, boolean forSpreadsheet) {
        String text = value;
        // "=HYPERLINK(...)" typed as a project title must stay text when an officer opens the export.
        if (forSpreadsheet && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
