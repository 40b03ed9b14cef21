package fr.hautsdefrance.acte.web.problem;

/** A problem as a plain French web page, for people who reached it from a browser. */
final class ProblemPage {

    private ProblemPage() {
    }

    static String of(Problem problem) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(problem.title())).append(" — ACTE</title>"
                        + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#161616}a{color:#000091}</style></head><body><main><h1>")
                .append(escape(problem.title())).append("</h1><p>").append(escape(problem.detail())).append("</p>");
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            page.append("<ul>");
            problem.errors().forEach(e -> page.append("<li>").append(escape(e.message())).append("</li>"));
            page.append("</ul>");
        }
        // No javascript: link (the Content-Security-Policy forbids inline scripts): the browser's own back button.
        return page.append("<p>Revenez à la page précédente avec le bouton « Précédent » de votre navigateur, ou "
                + "<a href=\"/\">retournez à l'accueil</a>.</p></main></body></html>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
