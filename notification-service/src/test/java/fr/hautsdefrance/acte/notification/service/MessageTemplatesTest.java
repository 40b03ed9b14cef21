package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.PaymentKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MessageTemplatesTest {

    private static final String HOSTILE_TITLE = "Tiers-lieu <script>alert('x')</script> & co";
    private static final String APPLICATION_ID = "6f1c9d2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f";

    @Inject
    MessageRenderer renderer;

    @Inject
    MailTexts texts;

    /** Every value any template shows, the title typed by an applicant who tries to inject a script. */
    private static Map<String, Object> values(MessageKind kind) {
        Map<String, Object> v = new HashMap<>();
        v.put("portalUrl", "https://acte.hautsdefrance.fr");
        v.put("recipientName", "Camille Lefebvre");
        v.put("applicationId", APPLICATION_ID);
        v.put("grantId", APPLICATION_ID);
        v.put("reference", "ACTE-2026-000042");
        v.put("title", HOSTILE_TITLE);
        v.put("organisationName", "Association <b>Les Jardins</b>");
        v.put("deliberationNumber", "CP-2026-117");
        v.put("submittedAt", "22 novembre 2026 à 10h30");
        v.put("silenceDeadline", "22 janvier 2027");
        v.put("message", "Merci de joindre <img src=x onerror=alert(1)> le RIB");
        v.put("items", List.of("Relevé d'identité bancaire", "Statuts <signés>"));
        v.put("deadline", "15 décembre 2026");
        v.put("requestedAt", "1 décembre 2026");
        v.put("daysLeft", 7);
        v.put("answeredAt", "3 décembre 2026 à 09h00");
        v.put("authorName", "Jeanne Martin");
        v.put("postedAt", "3 décembre 2026 à 09h00");
        v.put("assignedAt", "23 novembre 2026 à 08h15");
        v.put("proposedAmount", "30 000,00 €");
        v.put("score", 12);
        v.put("unfavourable", false);
        v.put("officerName", "Jeanne Martin");
        v.put("assessedAt", "10 décembre 2026");
        v.put("awardedAmount", "30 000,00 €");
        v.put("rate", "50 %");
        v.put("eligibleBase", "60 000,00 €");
        v.put("decidedAt", "15 janvier 2027");
        v.put("agreementRequired", true);
        v.put("reason", "Le projet <ne> relève pas du dispositif.");
        v.put("appealRoute", "Recours gracieux ou contentieux dans un délai de deux mois.");
        v.put("signerName", "Camille Lefebvre");
        v.put("signedAt", "20 janvier 2027 à 14h00");
        v.put("countersignerName", "Dominique Martin");
        v.put("countersignedAt", "22 janvier 2027 à 10h00");
        v.put("withdrawnAt", "5 décembre 2026 à 11h00");
        v.put("plan", List.of(new ScheduleLine(PaymentKind.ADVANCE, 1, "9 000,00 €"),
                new ScheduleLine(PaymentKind.INSTALMENT, 2, "6 000,00 €"), new ScheduleLine(PaymentKind.BALANCE, 1, null)));
        v.put("lapseDate", "15 janvier 2029");
        v.put("label", "avance");
        v.put("requestedAmount", "9 000,00 €");
        v.put("requestedByName", "Camille Lefebvre");
        v.put("amount", "9 000,00 €");
        v.put("executionDate", "1 février 2027");
        v.put("accountEnding", "0185");
        v.put("paidAt", "3 février 2027");
        v.put("withoutTransfer", false);
        v.put("totalPaid", "9 000,00 €");
        v.put("grantClosed", false);
        v.put("finalAmount", "");
        v.put("byBank", false);
        v.put("rejectedLines", List.of("Repas (120,00 €) : hors assiette"));
        v.put("paidAmount", "30 000,00 €");
        v.put("issuedAt", "1 mars 2028");
        v.put("closedAt", "20 janvier 2027");
        v.put("implicitDecisionOn", "1 février 2027");
        v.put("lastChangedOn", "2 novembre 2025");
        v.put("deletionOn", "7 janvier 2027");
        v.put("acceptedEligibleBase", "20 000,00 €");
        v.put("liquidatedAt", "12 février 2027 à 10h00");
        v.put("returnedAmount", "6 000,00 €");
        v.put("returnedByName", "Karim Haddad");
        v.put("returnedAt", "13 février 2027 à 09h00");
        if (kind == MessageKind.OFFICER_DIGEST) {
            v.put("day", "4 décembre 2026");
            v.put("count", 2);
            v.put("items", List.of(
                    new DigestService.Item("Dossier ACTE-2026-000042 attribué", "« " + HOSTILE_TITLE + " » vous est attribué",
                            "/dossiers/" + APPLICATION_ID),
                    new DigestService.Item("Dossier ACTE-2026-000043 : nouveau message", "Un message", null)));
        }
        return v;
    }

    @Test
    void every_message_is_written_in_french_with_a_link_and_no_user_input_left_active() {
        for (MessageKind kind : MessageKind.values()) {
            MessageRenderer.Rendered message = renderer.render(kind, values(kind));

            assertThat(message.subject()).as(kind + " subject").isNotBlank().doesNotContain("\n").doesNotContain("&lt;");
            assertThat(message.notice()).as(kind + " notice").isNotBlank();
            assertThat(message.text()).as(kind + " text").startsWith("Bonjour Camille Lefebvre,")
                    .contains("https://acte.hautsdefrance.fr").doesNotContain("<p>").doesNotContain("{");
            assertThat(message.html()).as(kind + " html").contains("<html lang=\"fr\">")
                    .contains("href=\"https://acte.hautsdefrance.fr")
                    .doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>Les Jardins")
                    .doesNotContain("<ne>").doesNotContain("<signés>");
            if (!kind.name().startsWith("PAYMENT_REQUEST") && kind != MessageKind.OFFICER_DIGEST) {
                assertThat(message.html()).as(kind + " html").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
            }
        }
    }

    @Test
    void the_officer_is_asked_to_review_a_statement_and_finance_to_issue_the_mandate_of_a_liquidation() {
        MessageRenderer.Rendered review = renderer.render(MessageKind.PAYMENT_REQUEST_FOR_OFFICER,
                values(MessageKind.PAYMENT_REQUEST_FOR_OFFICER));
        assertThat(review.subject()).isEqualTo("Subvention ACTE-2026-000042 : état des dépenses à examiner (avance, "
                + "9 000,00 €)");
        assertThat(review.text()).contains("certifier le service fait");
        MessageRenderer.Rendered mandate = renderer.render(MessageKind.LIQUIDATION_FOR_FINANCE,
                values(MessageKind.LIQUIDATION_FOR_FINANCE));
        assertThat(mandate.subject()).isEqualTo("Subvention ACTE-2026-000042 : mandat à émettre (avance, 9 000,00 €)");
        assertThat(mandate.text()).contains("Montant liquidé : 9 000,00 €")
                .contains("Dépenses éligibles retenues : 20 000,00 €");
    }

    @Test
    void the_receipt_states_the_reference_and_the_legal_delays() {
        MessageRenderer.Rendered receipt = renderer.render(MessageKind.APPLICATION_SUBMITTED,
                values(MessageKind.APPLICATION_SUBMITTED));
        assertThat(receipt.subject()).isEqualTo("Dossier ACTE-2026-000042 déposé");
        assertThat(receipt.text())
                .contains("« " + HOSTILE_TITLE + " » a bien été déposée le 22 novembre 2026 à 10h30")
                .contains("deux mois").contains("au plus tôt le 22 janvier 2027").contains("tribunal administratif de Lille")
                .contains("Voir le dossier ACTE-2026-000042 : https://acte.hautsdefrance.fr/dossiers/" + APPLICATION_ID);
    }

    @Test
    void an_information_request_lists_what_is_asked_and_by_when() {
        MessageRenderer.Rendered request = renderer.render(MessageKind.INFORMATION_REQUESTED,
                values(MessageKind.INFORMATION_REQUESTED));
        assertThat(request.subject()).isEqualTo("Dossier ACTE-2026-000042 : des compléments sont demandés avant le "
                + "15 décembre 2026");
        assertThat(request.text()).contains("- Relevé d'identité bancaire").contains("- Statuts <signés>")
                .contains("Date limite : 15 décembre 2026");
        assertThat(request.html()).contains("Statuts &lt;signés&gt;");
    }

    @Test
    void a_decision_gives_the_amount_or_the_reason_and_the_appeal_route() {
        MessageRenderer.Rendered approved = renderer.render(MessageKind.APPLICATION_APPROVED,
                values(MessageKind.APPLICATION_APPROVED));
        assertThat(approved.subject()).isEqualTo("Dossier ACTE-2026-000042 : subvention de 30 000,00 € attribuée – "
                + "convention à signer");
        assertThat(approved.text()).contains("délibération n° CP-2026-117 du 15 janvier 2027")
                .contains("Montant attribué : 30 000,00 €").contains("Convention à signer");

        MessageRenderer.Rendered rejected = renderer.render(MessageKind.APPLICATION_REJECTED,
                values(MessageKind.APPLICATION_REJECTED));
        assertThat(rejected.text()).contains("Motif : Le projet <ne> relève pas du dispositif.")
                .contains("Voies de recours : Recours gracieux");
    }

    @Test
    void the_schedule_names_each_payment_in_french_in_both_parts() {
        MessageRenderer.Rendered schedule = renderer.render(MessageKind.PAYMENT_SCHEDULED,
                values(MessageKind.PAYMENT_SCHEDULED));
        assertThat(schedule.text()).contains("- Avance : 9 000,00 €\n- Acompte n° 2 : 6 000,00 €\n"
                + "- Solde : sur état des dépenses\n");
        assertThat(schedule.html()).contains("<li>Avance : 9 000,00 €</li>").contains("<li>Acompte n° 2 : 6 000,00 €</li>")
                .contains("<li>Solde : sur état des dépenses</li>");
        assertThat(texts.payment(PaymentKind.BALANCE, 3)).isEqualTo("Solde");
        assertThat(texts.audience(Audience.MANAGERS)).isEqualTo("Responsables ACTE");
        assertThat(texts.audience(Audience.FINANCE)).isEqualTo("Gestion financière ACTE");
    }

    /** The texts every e-mail shares are written once, in MailTexts: no template writes them again. */
    @Test
    void the_greeting_the_links_and_the_footer_are_written_once_for_every_message() throws java.io.IOException {
        try (var templates = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/templates/mail"))) {
            for (java.nio.file.Path template : templates.toList()) {
                assertThat(java.nio.file.Files.readString(template)).as(template.toString())
                        .doesNotContain("Bonjour").doesNotContain("Voir le dossier {").doesNotContain("Suivre la subvention {")
                        .doesNotContain("Merci de ne pas y répondre").doesNotContain("Motif :");
            }
        }
        for (MessageKind kind : MessageKind.values()) {
            MessageRenderer.Rendered message = renderer.render(kind, values(kind));
            assertThat(message.html()).as(kind + " html").contains("<p>Bonjour Camille Lefebvre,</p>")
                    .contains("ACTE – Région Hauts-de-France</td>").contains("Merci de ne pas y répondre");
        }
    }

    @Test
    void a_lapse_warning_says_how_many_days_are_left() {
        MessageRenderer.Rendered warning = renderer.render(MessageKind.LAPSE_WARNING, values(MessageKind.LAPSE_WARNING));
        assertThat(warning.subject()).isEqualTo("Subvention ACTE-2026-000042 : demandez un versement avant le "
                + "15 janvier 2029");
        assertThat(warning.text()).contains("soit dans 7 jours, la subvention deviendra caduque");
    }

    /**
     * The text part is read by people whose mail client shows no HTML, and by screen readers: it must
     * read as plain text, and tell everything the HTML part tells, with every link spelt out.
     */
    @Test
    void every_text_part_reads_as_plain_text_and_tells_what_the_html_part_tells() {
        for (MessageKind kind : MessageKind.values()) {
            Map<String, Object> values = values(kind);
            MessageRenderer.Rendered message = renderer.render(kind, values);
            String text = message.text();
            String withoutValues = text;
            for (String shown : shownValues(values)) {
                withoutValues = withoutValues.replace(shown, "");
            }

            assertThat(withoutValues).as(kind + " text").doesNotContainPattern("<[a-zA-Z/!]")
                    .doesNotContainPattern("&[a-z#0-9]+;").doesNotContain("{").doesNotContain("}")
                    .doesNotContain("null").doesNotContain("\n\n\n");
            // The signature's separator is "-- " (with its space, RFC 3676); no other line ends in spaces.
            assertThat(text.replace("\n-- \n", "\n--\n")).as(kind + " text").doesNotContainPattern("(?m)[ \\t]+$");
            assertThat(text).as(kind + " text").startsWith("Bonjour Camille Lefebvre,\n\n")
                    .contains("\n\n-- \nCe message vous est adressé par la Région Hauts-de-France");
            Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(message.html());
            while (links.find()) {
                assertThat(text).as(kind + " link").contains(links.group(1).replace("&amp;", "&"));
            }
            String body = message.html().substring(message.html().indexOf("<body"));
            for (String shown : shownValues(values)) {
                if (body.contains(escaped(shown))) {
                    assertThat(text).as(kind + " value").contains(shown);
                }
            }
            assertThat(words(text)).as(kind + " words of the HTML part missing from the text part")
                    .containsAll(words(visibleText(message.html())));
        }
    }

    /** Every string a template may show, list items and digest lines included. */
    private static List<String> shownValues(Map<String, Object> values) {
        List<String> shown = new java.util.ArrayList<>();
        for (Object value : values.values()) {
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof DigestService.Item line) {
                        shown.add(line.subject());
                        shown.add(line.notice());
                    } else {
                        shown.add(String.valueOf(item));
                    }
                }
            } else if (value instanceof String string && !string.isEmpty()) {
                shown.add(string);
            }
        }
        shown.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return shown;
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** What a reader of the HTML part sees: the body's text, entities decoded. */
    private static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body"));
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static java.util.Set<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
