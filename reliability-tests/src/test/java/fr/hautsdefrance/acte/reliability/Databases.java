package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.LocalStack;
import fr.hautsdefrance.acte.stack.Service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the four services' own databases directly, as an auditor would: what was really committed. */
final class Databases {

    private final LocalStack stack;

    Databases(LocalStack stack) {
        this.stack = stack;
    }

    Connection connect(Service service) {
        try {
            return DriverManager.getConnection(stack.jdbcUrl(service), stack.databaseUser(service),
                    stack.databasePassword());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database of " + service.module(), e);
        }
    }

    /**
     * Makes {@code service}'s database unreachable, as a restarting or failing-over server is: new
     * connections refused, the open ones (its pool's) ended. As the superuser, on another database.
     */
    void closeToConnections(Service service) {
        superuser("alter database " + service.database() + " with allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + service.database() + "'");
    }

    void reopenToConnections(Service service) {
        superuser("alter database " + service.database() + " with allow_connections true");
    }

    private void superuser(String... statements) {
        try (Connection connection = stack.superuserConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("as the superuser: " + String.join("; ", statements), e);
        }
    }

    long count(Service service, String sql, Object... parameters) {
        Object value = scalar(service, sql, parameters);
        return value == null ? 0 : ((Number) value).longValue();
    }

    Object scalar(Service service, String sql, Object... parameters) {
        List<List<Object>> rows = rows(service, sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    List<List<Object>> rows(Service service, String sql, Object... parameters) {
        try (Connection connection = connect(service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service.module() + ": " + sql, e);
        }
    }

    /** Outbox rows committed but not yet acknowledged by Kafka, across the services. */
    long pendingOutboxEvents() {
        long pending = 0;
        for (Service service : Service.values()) {
            pending += count(service, "select count(*) from outbox_event where published_at is null");
        }
        return pending;
    }

    /**
     * The number of rows of every table of every service, keyed {@code service.table}: two equal
     * snapshots mean nothing was added or removed anywhere.
     */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Service service : Service.values()) {
            // The queue's summary and its deltas are folded on a schedule: their rows move with the clock, not
            // with deliveries; the figures they hold are the files', counted here.
            List<List<Object>> tables = rows(service, "select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename not in ('application_summary', 'application_summary_delta') order by tablename");
            for (List<Object> table : tables) {
                String name = (String) table.get(0);
                counts.put(service.module() + "." + name, count(service, "select count(*) from \"" + name + "\""));
            }
        }
        return counts;
    }

    /**
     * Row counts plus a digest of the ids of what consumers create and of the amounts of the ledger,
     * so that a row replaced by another (same count) still shows.
     */
    Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new TreeMap<>(rowCounts());
        // notification-service's own events report e-mail outcomes, which retries decide on their own
        // schedule; the deliveries themselves (one per event and person) stay in the snapshot.
        snapshot.remove(Service.NOTIFICATION.module() + ".outbox_event");
        snapshot.put("eligibility.assessment ids", scalar(Service.ELIGIBILITY,
                "select md5(coalesce(string_agg(id::text || application_id::text, ',' order by id), '')) from assessment"));
        snapshot.put("notification.notification ids", scalar(Service.NOTIFICATION,
                "select md5(coalesce(string_agg(id::text, ',' order by id), '')) from notification"));
        snapshot.put("payment.grant_account ledger", scalar(Service.PAYMENT,
                "select coalesce(sum(awarded_amount), 0)::text || '/' || coalesce(sum(paid_amount), 0)::text from grant_account"));
        snapshot.put("payment.payment ids", scalar(Service.PAYMENT,
                "select md5(coalesce(string_agg(id::text || coalesce(planned_amount::text, ''), ',' order by id), '')) from payment"));
        snapshot.put("application.eligibility recorded", scalar(Service.APPLICATION,
                "select count(*) from application where eligibility_assessment_id is not null"));
        // The queue's counters as the officers read them (summary plus pending deltas, whatever the fold has
        // done): a delivery applied twice to a file would count it twice here.
        snapshot.put("application.summary files", scalar(Service.APPLICATION,
                "select coalesce(string_agg(status || '/' || coalesce(eligible::text, '-') || '=' || files, ',' "
                        + "order by status, eligible), '') from (select status, eligible, sum(files) as files "
                        + "from application_summary_current group by status, eligible) counted"));
        return snapshot;
    }
}
