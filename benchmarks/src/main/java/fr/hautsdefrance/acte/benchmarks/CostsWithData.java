package fr.hautsdefrance.acte.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Costs that do not grow with the data: the officers' queue (25 rows, unfiltered and filtered), the
 * statistics, the officers' CSV export and the SCDL open-data file, each timed on the database as it
 * is found, then again once {@code files} (default 100,000) submitted files have been added by SQL
 * ({@code generate_series}, a few seconds); prints both medians and their ratio beside the 2× target.
 * The two exports write every matching row by nature: their time per row written is printed too.
 * The added files (references {@code BENCH-…}) are removed at the end. Run against a running stack
 * (officer account {@code instructeur}); knobs {@code -Dfiles}, {@code -Druns} (default 9),
 * {@code -Djdbc}, {@code -DjdbcUser}, {@code -DjdbcPassword}.
 */
public final class CostsWithData {

    /** Each endpoint as the officer reads it; the export is filtered as an officer would filter it. */
    private static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();
    /** The exports write every matching row by nature: their cost per row is printed beside the ratio. */
    private static final List<String> EXPORTS = List.of("CSV export, one status", "SCDL open data");

    static {
        ENDPOINTS.put("queue, 25 rows", "/api/v1/applications?size=25");
        ENDPOINTS.put("queue, 25 rows, status and stage", "/api/v1/applications?size=25&status=ASSESSED&stage=SWARMING");
        ENDPOINTS.put("statistics", "/api/v1/statistics");
        ENDPOINTS.put("CSV export, one status", "/api/v1/exports/applications.csv?status=IN_COMMITTEE");
        ENDPOINTS.put("SCDL open data", "/api/v1/opendata/subventions.csv");
    }

    private CostsWithData() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("files", 100_000);
        int runs = Integer.getInteger("runs", 9);
        String jdbc = System.getProperty("jdbc", "jdbc:postgresql://localhost:15432/acte_application");
        Portal officer = Portal.as("instructeur");
        try (Connection sql = DriverManager.getConnection(jdbc, System.getProperty("jdbcUser", "acte_application"),
                System.getProperty("jdbcPassword", "acte-local"))) {
            removeAdded(sql);
            long found = count(sql);
            Map<String, Double> before = measure(officer, runs);
            Map<String, Long> rowsBefore = rows(officer);
            long started = System.nanoTime();
            add(sql, files, Portal.fromSystemProperties());
            System.out.printf("%,d files added by SQL in %.1f s%n", files, (System.nanoTime() - started) / 1e9);
            Map<String, Double> after = measure(officer, runs);
            Map<String, Long> rowsAfter = rows(officer);
            System.out.printf("%-36s %14s %18s %7s  target%n", "median of " + runs + " (ms)",
                    String.format("%,d files", found), String.format("%,d files", found + files), "ratio");
            before.forEach((name, ms) -> System.out.printf("%-36s %14.1f %18.1f %6.2f×  ≤ 2×%s%n", name, ms,
                    after.get(name), after.get(name) / ms, after.get(name) / ms <= 2 ? "" : ", missed"));
            System.out.printf("%-36s %14s %18s  (the rows grow with the data: the cost per row should not)%n",
                    "per row written (µs)", String.format("%,d files", found), String.format("%,d files", found + files));
            for (String export : EXPORTS) {
                System.out.printf("%-36s %14s %18s%n", export, perRow(before.get(export), rowsBefore.get(export)),
                        perRow(after.get(export), rowsAfter.get(export)));
            }
            removeAdded(sql);
        }
    }

    /** How many rows each export writes. */
    private static Map<String, Long> rows(Portal officer) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String export : EXPORTS) {
            rows.put(export, officer.csvRows(ENDPOINTS.get(export)));
        }
        return rows;
    }

    private static String perRow(double medianMs, long rows) {
        return rows == 0 ? "no row" : String.format("%.1f (%,d rows)", medianMs * 1000 / rows, rows);
    }

    private static Map<String, Double> measure(Portal officer, int runs) throws Exception {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, String> endpoint : ENDPOINTS.entrySet()) {
            officer.read(endpoint.getValue()); // warm-up: JIT, connection, token
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                officer.read(endpoint.getValue());
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            medians.put(endpoint.getKey(), times.get(times.size() / 2));
        }
        return medians;
    }

    /**
     * Submitted files at every step of instruction, spread over four stages, two départements and a
     * year of submissions; every tenth is a signed grant above the publication threshold.
     */
    private static void add(Connection sql, int files, Portal applicant) throws Exception {
        UUID organisation = UUID.fromString(applicant.organisation());
        UUID call;
        try (Statement statement = sql.createStatement();
                ResultSet row = statement.executeQuery("select id from call order by opens_at limit 1")) {
            row.next();
            call = row.getObject(1, UUID.class);
        }
        sql.setAutoCommit(false);
        try (PreparedStatement insert = sql.prepareStatement("""
                insert into application (id, reference, status, organisation_id, call_id, created_by, title,
                    applicant_type, legal_form, siren, stage, requested_amount, proposed_amount, awarded_amount,
                    eligibility_eligible, created_at, updated_at, submitted_at, agreement_signed_at, version)
                select gen_random_uuid(), 'BENCH-' || lpad(i::text, 8, '0'),
                       case when i % 10 = 0 then 'AGREEMENT_SIGNED'
                            else (array['SUBMITTED','UNDER_REVIEW','ASSESSED','IN_COMMITTEE','APPROVED','REJECTED',
                                        'WITHDRAWN','INFO_REQUESTED','CLOSED'])[1 + i % 9] end,
                       ?, ?, 'benchmark', 'Tiers-lieu nourricier n° ' || i, 'ESS_ENTERPRISE', 'ASSOCIATION', '123456782',
                       (array['EMERGENCE','STRUCTURATION','DEVELOPMENT','SWARMING'])[1 + i % 4],
                       30000.00, 28000.00, case when i % 10 = 0 then 28000.00 end, i % 7 <> 0,
                       now() - i * interval '5 minutes', now(), now() - i * interval '5 minutes',
                       case when i % 10 = 0 then now() - i * interval '4 minutes' end, 0
                  from generate_series(1, ?) i""");
                Statement statement = sql.createStatement()) {
            insert.setObject(1, organisation);
            insert.setObject(2, call);
            insert.setInt(3, files);
            insert.executeUpdate();
            statement.executeUpdate("""
                    insert into application_commune (application_id, position, commune_code)
                    select id, 0, case when substr(reference, 14, 1) < '5' then '62498' else '59350' end
                      from application where reference like 'BENCH-%'""");
            statement.execute("analyze application");
            statement.execute("analyze application_commune");
        }
        sql.commit();
        sql.setAutoCommit(true);
    }

    private static void removeAdded(Connection sql) throws Exception {
        try (Statement statement = sql.createStatement()) {
            statement.executeUpdate("delete from application_commune where application_id in "
                    + "(select id from application where reference like 'BENCH-%')");
            statement.executeUpdate("delete from application where reference like 'BENCH-%'");
        }
    }

    private static long count(Connection sql) throws Exception {
        try (Statement statement = sql.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from application")) {
            row.next();
            return row.getLong(1);
        }
    }
}
