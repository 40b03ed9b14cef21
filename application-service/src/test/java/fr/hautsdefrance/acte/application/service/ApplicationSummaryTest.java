package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.application.StatementsOfRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary the queue's counters and the statistics read (V94_1) says, at every moment, what
 * counting the deposited files themselves says: after deposits, decisions, an officer's correction
 * of the communes, the retention job's anonymisation, a bulk SQL insert, bulk updates and a delete
 * whose communes go by cascade, before and after its deltas are folded. Each comparison is one SQL
 * statement, so files changed beside the test cannot make it pass or fail by chance.
 */
@QuarkusTest
class ApplicationSummaryTest {

    /** Every deposited file counted directly, by the summary's keys: what the summary must hold. */
    private static final String COUNTED = """
            select a.call_id, a.status, a.stage, substr(c.commune_code, 1, 2) as departement,
                   cast(extract(year from a.submitted_at at time zone 'Europe/Paris') as integer) as submitted_year,
                   a.eligibility_eligible as eligible, count(*) as files,
                   count(a.requested_amount) as requested_files, coalesce(sum(a.requested_amount), 0) as requested_amount,
                   count(a.proposed_amount) as proposed_files, coalesce(sum(a.proposed_amount), 0) as proposed_amount,
                   count(a.awarded_amount) as awarded_files, coalesce(sum(a.awarded_amount), 0) as awarded_amount,
                   sum(a.paid_amount) as paid_amount
              from application a
              left join application_commune c on c.application_id = a.id and c.position = 0
             where a.status <> 'DRAFT'
             group by 1, 2, 3, 4, 5, 6""";

    private static final String DIFFERENCES = """
            with counted as (%s), summarised as (select * from application_summary_current)
            (select 'counted' as side, * from counted except select 'counted', * from summarised)
            union all
            (select 'summarised', * from summarised except select 'summarised', * from counted)""".formatted(COUNTED);

    @Inject
    ApplicationSummary summary;

    @Inject
    RetentionJob retention;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_summary_counts_what_the_files_say_through_deposits_decisions_corrections_and_anonymisation()
            throws SQLException {
        summary.fold();
        assertThat(differences()).isEmpty();

        String owner = "owner-" + UUID.randomUUID();
        Fixtures.signed(owner, null, "30000.00");
        String corrected = Fixtures.submitted(owner);
        String withdrawn = Fixtures.submitted(owner);
        applicant(owner).post("/api/v1/applications/{id}/withdraw", withdrawn).then().statusCode(200);
        as("officer-1", "officer").contentType(ContentType.JSON)
                .body("{\"reason\":\"Le projet a lieu à Lille.\",\"communeCodes\":[\"59350\",\"62498\"]}")
                .post("/api/v1/applications/{id}/corrections", corrected).then().statusCode(200);
        String refused = refusedLongAgo(owner);

        assertThat(differences()).as("summary and pending deltas").isEmpty();
        assertThat(departementCountedFor(corrected)).isEqualTo("59");

        retention.run();
        assertThat(count("select count(*) from application where id = ?::uuid and anonymised_at is not null", refused))
                .as("the refused file anonymised").isEqualTo(1);
        assertThat(differences()).as("after the anonymisation").isEmpty();

        ApplicationSummary.Fold fold = summary.fold();
        assertThat(fold.ran()).isTrue();
        assertThat(fold.deltas()).isPositive();
        assertThat(differences()).as("after the fold").isEmpty();
    }

    @Test
    void a_bulk_insert_bulk_updates_and_a_cascading_delete_by_sql_are_counted_before_and_after_a_fold()
            throws SQLException {
        String any = Fixtures.submitted("owner-" + UUID.randomUUID());
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 5) + "-";
        try (Connection sql = dataSource.getConnection(); Statement statement = sql.createStatement()) {
            insertFiles(sql, any, prefix, 500);
            assertThat(differences()).as("the files inserted, without their communes").isEmpty();
            statement.executeUpdate("""
                    insert into application_commune (application_id, position, commune_code)
                    select id, 0, case when right(reference, 1) < '5' then '62498' else '59350' end
                      from application where reference like '%s%%'""".formatted(prefix));
            assertThat(differences()).as("their communes inserted").isEmpty();
            summary.fold();
            assertThat(differences()).as("folded").isEmpty();

            statement.executeUpdate("""
                    update application set status = 'APPROVED', awarded_amount = 28000.00, paid_amount = 5000.00
                     where reference like '%s%%' and status = 'IN_COMMITTEE'""".formatted(prefix));
            statement.executeUpdate("""
                    update application_commune set commune_code = '80021'
                     where position = 0 and application_id in (select id from application where reference like '%s%%1')"""
                    .formatted(prefix));
            assertThat(differences()).as("decided and moved in bulk").isEmpty();

            statement.executeUpdate("delete from application where reference like '%s%%'".formatted(prefix));
            assertThat(differences()).as("deleted, the communes by cascade").isEmpty();
            summary.fold();
            assertThat(differences()).as("folded again").isEmpty();
        }
    }

    @Test
    void the_comparison_sees_files_no_trigger_counted() throws SQLException {
        String any = Fixtures.submitted("owner-" + UUID.randomUUID());
        try (Connection sql = dataSource.getConnection()) {
            sql.setAutoCommit(false);
            try (Statement statement = sql.createStatement()) {
                statement.execute("alter table application disable trigger application_summary_on_insert");
                insertFiles(sql, any, "S" + UUID.randomUUID().toString().substring(0, 5) + "-", 3);
                assertThat(differences(sql)).as("what the tests above would find if the trigger were dropped")
                        .isNotEmpty();
            } finally {
                sql.rollback();
            }
        }
    }

    @Test
    void a_second_replica_does_not_fold_while_one_is_folding() throws SQLException {
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ApplicationSummary.FOLD_LOCK_KEY);
                lock.execute();
                assertThat(summary.fold().ran()).isFalse();
            } finally {
                otherReplica.rollback();
            }
        }
        assertThat(summary.fold().ran()).isTrue();
        assertThat(differences()).isEmpty();
    }

    @Test
    void the_queue_answers_from_the_summary_the_counters_counting_the_files_gives() {
        Fixtures.submitted("owner-" + UUID.randomUUID());
        summary.fold();
        Fixtures.submitted("owner-" + UUID.randomUUID());

        // Eventually: a file changed beside the test between the two reads would part them for a moment.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Integer> queue = as("officer-1", "officer").get("/api/v1/applications?size=1")
                    .then().statusCode(200).extract().path("countsByStatus");
            assertThat(queue).isEqualTo(counted("select status, count(*)::int from application "
                    + "where status <> 'DRAFT' group by status"));
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, Integer> queue = as("officer-1", "officer").get("/api/v1/applications?size=1&stage=EMERGENCE")
                    .then().statusCode(200).extract().path("countsByStatus");
            assertThat(queue).isEqualTo(counted("select status, count(*)::int from application "
                    + "where status <> 'DRAFT' and stage = 'EMERGENCE' group by status"));
        });
    }

    @Test
    void the_queue_without_a_selective_filter_reads_its_counters_from_the_summary_without_counting_the_files() {
        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");
        String subject = "officer-" + UUID.randomUUID();
        Fixtures.submitted("owner-" + UUID.randomUUID());
        // The first requests record the officers in the staff directory: counted apart.
        officer.get("/instruction").then().statusCode(200);
        as(subject, "officer").get("/api/v1/applications?size=1").then().statusCode(200);

        List<String> page = statements(tag -> officer.request().header(StatementsOfRequests.HEADER, tag)
                .get("/instruction?status=SUBMITTED&stage=EMERGENCE").then().statusCode(200));
        List<String> list = statements(tag -> as(subject, "officer").header(StatementsOfRequests.HEADER, tag)
                .get("/api/v1/applications?size=25").then().statusCode(200));

        for (List<String> statements : List.of(page, list)) {
            assertThat(statements).as("no count over the files")
                    .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("count("));
            assertThat(statements).filteredOn(sql -> sql.contains("application_summary_current"))
                    .as("the counters, one query").hasSize(1);
        }
    }

    /** A file declared inadmissible five years and more ago: the retention job anonymises it. */
    private String refusedLongAgo(String owner) throws SQLException {
        String failed = "Le montant demandé dépasse 50 % de l'assiette éligible.";
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, failed);
        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"reason\":\"" + failed + "\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200);
        try (Connection sql = dataSource.getConnection();
                PreparedStatement back = sql.prepareStatement("update application set decided_at = ? where id = ?::uuid")) {
            back.setObject(1, LocalDate.now().minusYears(5).minusMonths(2).minusDays(1));
            back.setString(2, id);
            back.executeUpdate();
        }
        return id;
    }

    /** Files inserted as the benchmark inserts them, in one statement, at every step of instruction. */
    private static void insertFiles(Connection sql, String like, String prefix, int count) throws SQLException {
        try (PreparedStatement insert = sql.prepareStatement("""
                insert into application (id, reference, status, organisation_id, call_id, created_by, title,
                    applicant_type, legal_form, siren, stage, requested_amount, proposed_amount, awarded_amount,
                    eligibility_eligible, created_at, updated_at, submitted_at, version)
                select gen_random_uuid(), ? || lpad(i::text, 6, '0'),
                       (array['SUBMITTED','UNDER_REVIEW','ASSESSED','IN_COMMITTEE','APPROVED','REJECTED',
                              'WITHDRAWN','INFO_REQUESTED','CLOSED'])[1 + i % 9],
                       f.organisation_id, f.call_id, 'test', 'Tiers-lieu n° ' || i, f.applicant_type, f.legal_form,
                       f.siren, (array['EMERGENCE','STRUCTURATION','DEVELOPMENT','SWARMING'])[1 + i % 4],
                       case when i % 5 <> 0 then 30000.00 end, case when i % 3 = 0 then 28000.00 end,
                       case when i % 10 = 0 then 28000.00 end, case i % 3 when 0 then true when 1 then false end,
                       now() - i * interval '5 days', now(), now() - i * interval '5 days', 0
                  from generate_series(1, ?) i, application f
                 where f.id = ?::uuid""")) {
            insert.setString(1, prefix);
            insert.setInt(2, count);
            insert.setString(3, like);
            assertThat(insert.executeUpdate()).isEqualTo(count);
        }
    }

    private static List<String> statements(Consumer<String> request) {
        String tag = UUID.randomUUID().toString();
        request.accept(tag);
        return StatementsOfRequests.of(tag);
    }

    private List<String> differences() throws SQLException {
        try (Connection sql = dataSource.getConnection()) {
            return differences(sql);
        }
    }

    private static List<String> differences(Connection sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = sql.createStatement(); ResultSet found = statement.executeQuery(DIFFERENCES)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " | ").append(found.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private String departementCountedFor(String id) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement query = sql.prepareStatement("select summary_departement from application where id = ?::uuid")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private long count(String query, String id) throws SQLException {
        try (Connection sql = dataSource.getConnection(); PreparedStatement count = sql.prepareStatement(query)) {
            count.setString(1, id);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Map<String, Integer> counted(String query) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection sql = dataSource.getConnection(); Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
