package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.benchmarks.StatementLog.LoggedStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL transaction of one submission, exactly as application-service ran it: captured from
 * PostgreSQL's log ({@link StatementLog}) while drafts were submitted one after the other through
 * the REST API, then replayed through plain JDBC on other drafts.
 *
 * <p>Two submissions are compared, each the one transaction of the application database, begun and
 * committed while its request was under way, whose statements name the draft. Both must have run
 * the same statements in the same order, or the capture is refused: so the replay follows the
 * service's code as it is built today, never a list kept by hand. Each parameter is replayed with
 * the value the later submission sent, the draft's id and reference replaced by the target
 * draft's, and a UUID that differs between the two submissions (a new event's id) by a new UUID;
 * other values that differ (times, hashes) are replayed as they were: they cost the same.
 */
final class SubmitTransaction {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)\\b");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** One submission as its applicant sent it, on the machine's clock. */
    record Submitted(String draft, String reference, Instant sent, Instant answered) {
    }

    /**
     * A statement as JDBC takes it: PostgreSQL logs its placeholders as {@code $1, $2…}, pgjdbc wants
     * {@code ?} (a literal {@code ?} doubled) and the values in the order of the placeholders.
     */
    record Step(String sql, String jdbcSql, int[] order, List<String> parameters) {
        static Step of(String sql, List<String> parameters) {
            Matcher placeholder = PLACEHOLDER.matcher(sql.replace("?", "??"));
            List<Integer> order = new ArrayList<>();
            StringBuilder jdbcSql = new StringBuilder();
            while (placeholder.find()) {
                order.add(Integer.parseInt(placeholder.group(1)) - 1);
                placeholder.appendReplacement(jdbcSql, "?");
            }
            placeholder.appendTail(jdbcSql);
            return new Step(sql, jdbcSql.toString(), order.stream().mapToInt(Integer::intValue).toArray(), parameters);
        }
    }

    private final List<Step> steps;
    private final String draft;
    private final String reference;
    private final Set<String> generated;

    private SubmitTransaction(List<Step> steps, String draft, String reference, Set<String> generated) {
        this.steps = steps;
        this.draft = draft;
        this.reference = reference;
        this.generated = generated;
    }

    /** The transaction of {@code later}, checked against that of {@code earlier}. */
    static SubmitTransaction of(List<LoggedStatement> log, String database, Submitted earlier, Submitted later) {
        List<LoggedStatement> first = transactionOf(log, database, earlier);
        List<LoggedStatement> second = transactionOf(log, database, later);
        List<String> firstSql = first.stream().map(LoggedStatement::sql).toList();
        List<String> secondSql = second.stream().map(LoggedStatement::sql).toList();
        if (!firstSql.equals(secondSql)) {
            throw new IllegalStateException("the submissions compared ran different statements:\n"
                    + String.join("\n", firstSql) + "\n-- and --\n" + String.join("\n", secondSql));
        }
        Set<String> generated = new LinkedHashSet<>();
        for (int i = 0; i < second.size(); i++) {
            List<String> before = first.get(i).parameters();
            List<String> after = second.get(i).parameters();
            for (int p = 0; p < after.size(); p++) {
                String value = after.get(p);
                if (value != null && UUID_TEXT.matcher(value).matches() && !value.equals(later.draft())
                        && !value.equals(before.get(p))) {
                    generated.add(value);
                }
            }
        }
        List<Step> steps = second.stream().map(s -> Step.of(s.sql(), s.parameters())).toList();
        return new SubmitTransaction(steps, later.draft(), later.reference(), generated);
    }

    /**
     * The statements of the transaction of {@code submitted}: the application database's only
     * transaction begun and ended while the request was under way that names the draft.
     */
    private static List<LoggedStatement> transactionOf(List<LoggedStatement> log, String database,
            Submitted submitted) {
        // The log's times are to the millisecond.
        Instant from = submitted.sent().minusMillis(1);
        Instant to = submitted.answered().plusMillis(1);
        Map<String, List<LoggedStatement>> transactions = log.stream()
                .filter(s -> s.database().equals(database))
                .collect(Collectors.groupingBy(s -> s.pid() + " " + s.transaction(), LinkedHashMap::new,
                        Collectors.toList()));
        List<List<LoggedStatement>> found = transactions.values().stream()
                .filter(t -> !t.get(0).at().isBefore(from) && !t.get(t.size() - 1).at().isAfter(to))
                .filter(t -> t.stream().anyMatch(s -> s.parameters().stream()
                        .anyMatch(v -> v != null && v.contains(submitted.draft()))))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " transactions naming draft " + submitted.draft()
                    + " during its submission, one expected");
        }
        return found.get(0).stream().filter(s -> !isTransactionControl(s.sql())).toList();
    }

    private static boolean isTransactionControl(String sql) {
        String keyword = sql.strip().toUpperCase(java.util.Locale.ROOT);
        return keyword.equals("BEGIN") || keyword.equals("COMMIT") || keyword.equals("ROLLBACK");
    }

    int statements() {
        return steps.size();
    }

    /** The statements, one a line, their columns elided: what the replay runs. */
    String summary() {
        return steps.stream().map(s -> "  " + s.sql().replaceAll("\\s+", " ")
                        .replaceAll("(?i)^select .+? from ", "select … from ")
                        .replaceAll("(?i)^(insert into \\w+) \\(.*", "$1 …"))
                .collect(Collectors.joining("\n"));
    }

    /** The parameters for {@code target} (a draft of the same shape, its id and reference), fresh UUIDs included. */
    List<List<String>> parametersFor(String target, String targetReference) {
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put(draft, target);
        replacements.put(reference, targetReference);
        generated.forEach(uuid -> replacements.put(uuid, UUID.randomUUID().toString()));
        List<List<String>> parameters = new ArrayList<>(steps.size());
        for (Step step : steps) {
            List<String> values = new ArrayList<>(step.parameters().size());
            for (String value : step.parameters()) {
                if (value != null) {
                    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                        value = value.replace(replacement.getKey(), replacement.getValue());
                    }
                }
                values.add(value);
            }
            parameters.add(values);
        }
        return parameters;
    }

    /**
     * Runs the transaction on {@code connection} (not in auto-commit) with {@code parameters} and commits
     * it; each parameter is sent untyped, PostgreSQL giving it the type its place calls for, and every row
     * returned is read. An update or insert that touches no row means the target is not a draft like the
     * one captured: refused, so the replay never does less than the service.
     */
    void replay(Connection connection, List<List<String>> parameters) throws SQLException {
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                try (PreparedStatement statement = connection.prepareStatement(step.jdbcSql())) {
                    List<String> values = parameters.get(i);
                    for (int p = 0; p < step.order().length; p++) {
                        String value = values.get(step.order()[p]);
                        if (value == null) {
                            statement.setNull(p + 1, Types.OTHER);
                        } else {
                            statement.setObject(p + 1, value, Types.OTHER);
                        }
                    }
                    int touched;
                    if (statement.execute()) {
                        touched = 0;
                        try (ResultSet rows = statement.getResultSet()) {
                            int columns = rows.getMetaData().getColumnCount();
                            while (rows.next()) {
                                touched++;
                                for (int c = 1; c <= columns; c++) {
                                    rows.getObject(c);
                                }
                            }
                        }
                    } else {
                        touched = statement.getUpdateCount();
                    }
                    if (touched == 0 && writes(step.sql())) {
                        throw new IllegalStateException("no row changed by: " + step.sql());
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean writes(String sql) {
        String start = sql.strip().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("update") || start.startsWith("insert");
    }
}
