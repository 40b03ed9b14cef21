package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.application.StatementsOfRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the officers' queue, the API's list and a file's page cost in SQL statements: the lists the
 * same whatever the number of files they match, read as rows (no file, no collection) with their
 * total and counters from one grouped query; a file's page one statement per collection at most.
 */
@QuarkusTest
class StatementsPerPageTest {

    private static final List<String> COLLECTION_TABLES = List.of("application_member_siren", "application_commune",
            "application_partner", "application_expense_line", "application_funding_line",
            "application_eligibility_failure", "application_label", "application_follower");

    @Test
    void the_officers_queue_page_costs_the_same_statements_for_one_file_as_for_a_full_page() {
        String word = uniqueWord();
        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");
        Fixtures.submitted("owner-" + UUID.randomUUID(), "Ressourcerie " + word);
        // The officer's first page records them in the staff directory: counted apart.
        officer.get("/instruction").then().statusCode(200);
        List<String> forOne = statements(tag -> officer.request().header(StatementsOfRequests.HEADER, tag)
                .get("/instruction?q=" + word).then().statusCode(200));

        submittedFiles(word, 26);
        List<String> forAPage = statements(tag -> officer.request().header(StatementsOfRequests.HEADER, tag)
                .get("/instruction?q=" + word).then().statusCode(200));

        assertThat(forAPage).hasSameSizeAs(forOne);
        assertThat(forAPage).noneMatch(StatementsPerPageTest::readsACollection);
        assertThat(forAPage).filteredOn(StatementsPerPageTest::counts).as("the total and the counters, one query")
                .hasSize(1);
    }

    @Test
    void the_api_list_costs_the_same_statements_for_one_file_as_for_a_full_page() {
        String word = uniqueWord();
        String officer = "officer-" + UUID.randomUUID();
        Fixtures.submitted("owner-" + UUID.randomUUID(), "Ressourcerie " + word);
        Fixtures.as(officer, "officer").get("/api/v1/applications?size=1").then().statusCode(200);
        List<String> forOne = statements(tag -> Fixtures.as(officer, "officer")
                .header(StatementsOfRequests.HEADER, tag).get("/api/v1/applications?size=25&q=" + word)
                .then().statusCode(200));

        submittedFiles(word, 26);
        List<String> forAPage = statements(tag -> Fixtures.as(officer, "officer")
                .header(StatementsOfRequests.HEADER, tag).get("/api/v1/applications?size=25&q=" + word)
                .then().statusCode(200));

        assertThat(forAPage).hasSameSizeAs(forOne);
        assertThat(forAPage).as("rows read as such, no file loaded").noneMatch(StatementsPerPageTest::readsACollection);
        assertThat(forAPage).filteredOn(StatementsPerPageTest::counts).as("the total and the counters, one query")
                .hasSize(1);
    }

    @Test
    void a_files_page_reads_each_collection_in_one_statement_at_most() {
        String id = Fixtures.submitted("owner-" + UUID.randomUUID(), "Ressourcerie " + uniqueWord());
        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");

        for (String tab : List.of("projet", "budget", "eligibilite", "historique")) {
            List<String> page = statements(tag -> officer.request().header(StatementsOfRequests.HEADER, tag)
                    .get("/instruction/dossiers/" + id + "?onglet=" + tab).then().statusCode(200));
            COLLECTION_TABLES.forEach(table -> assertThat(page.stream().filter(sql -> reads(sql, table)))
                    .as("statements of the tab %s reading %s", tab, table).hasSizeLessThanOrEqualTo(1));
        }
    }

    private static List<String> statements(java.util.function.Consumer<String> request) {
        String tag = UUID.randomUUID().toString();
        request.accept(tag);
        return StatementsOfRequests.of(tag);
    }

    private static void submittedFiles(String word, int count) {
        IntStream.range(0, count).forEach(i -> Fixtures.submitted("owner-" + UUID.randomUUID(), "Ressourcerie " + word));
    }

    private static boolean counts(String sql) {
        return sql.toLowerCase(Locale.ROOT).contains("count(");
    }

    private static boolean readsACollection(String sql) {
        return COLLECTION_TABLES.stream().anyMatch(table -> reads(sql, table));
    }

    private static boolean reads(String sql, String table) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s)\\s*select.*\\bfrom\\s+" + table + "\\b.*");
    }

    private static String uniqueWord() {
        return "compte" + UUID.randomUUID().toString().substring(0, 8);
    }
}
