package fr.hautsdefrance.acte.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own record of the statements its clients run, switched on for a moment: every
 * statement of every database is logged ({@code log_statement = 'all'}) as JSON lines
 * ({@code log_destination = 'jsonlog'}: one entry a line, whatever the statement's text) until
 * {@link #stop()}, which switches it off and reads the entries written meanwhile. The settings are
 * changed with {@code ALTER SYSTEM} and a reload, so the services' open connections log too, and
 * they are reset even if the benchmark fails. Needs the cluster's superuser and its logging
 * collector (the local stack's PostgreSQL has it on).
 */
final class StatementLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Connection superuser;
    private final String file;
    private final long offset;
    private final Thread resetOnExit;

    private StatementLog(Connection superuser, String file, long offset, Thread resetOnExit) {
        this.superuser = superuser;
        this.file = file;
        this.offset = offset;
        this.resetOnExit = resetOnExit;
    }

    static StatementLog start(Connection superuser) throws Exception {
        Thread resetOnExit = new Thread(() -> {
            try {
                reset(superuser);
            } catch (SQLException e) {
                System.err.println("could not reset PostgreSQL's logging settings: " + e);
            }
        });
        Runtime.getRuntime().addShutdownHook(resetOnExit);
        try (Statement statement = superuser.createStatement()) {
            statement.execute("alter system set log_statement = 'all'");
            statement.execute("alter system set log_destination = 'stderr,jsonlog'");
            // The entries' times are compared with this machine's clock: both in UTC.
            statement.execute("alter system set log_timezone = 'UTC'");
            statement.execute("select pg_reload_conf()");
        }
        String file = currentFile(superuser);
        for (int i = 0; file == null && i < 100; i++) {
            Thread.sleep(100); // the logging collector opens the JSON file once it has read the new settings
            file = currentFile(superuser);
        }
        if (file == null) {
            reset(superuser);
            throw new IllegalStateException("PostgreSQL writes no JSON log: is its logging_collector on?");
        }
        // Each backend reads the new settings before its next command; a moment lets the reload reach them.
        Thread.sleep(500);
        return new StatementLog(superuser, file, size(superuser, file), resetOnExit);
    }

    /** Switches the log off and returns the statements logged since {@link #start}, in order. */
    List<LoggedStatement> stop() throws Exception {
        String current = currentFile(superuser);
        long end = size(superuser, file);
        reset(superuser);
        Runtime.getRuntime().removeShutdownHook(resetOnExit);
        if (!file.equals(current)) {
            throw new IllegalStateException("PostgreSQL's log was rotated during the capture; run again");
        }
        String text;
        try (PreparedStatement read = superuser.prepareStatement("select pg_read_file(?, ?, ?)")) {
            read.setString(1, file);
            read.setLong(2, offset);
            read.setLong(3, end - offset);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                text = row.getString(1);
            }
        }
        List<LoggedStatement> statements = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                LoggedStatement.parse(JSON.readTree(line)).ifPresent(statements::add);
            }
        }
        return statements;
    }

    private static void reset(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("alter system reset log_statement");
            statement.execute("alter system reset log_destination");
            statement.execute("alter system reset log_timezone");
            statement.execute("select pg_reload_conf()");
        }
    }

    private static String currentFile(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement();
                ResultSet row = statement.executeQuery("select pg_current_logfile('jsonlog')")) {
            row.next();
            return row.getString(1);
        }
    }

    private static long size(Connection superuser, String file) throws SQLException {
        try (PreparedStatement stat = superuser.prepareStatement("select size from pg_stat_file(?)")) {
            stat.setString(1, file);
            try (ResultSet row = stat.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * One statement as PostgreSQL ran it: when, on which connection ({@code pid}), in which
     * transaction ({@code vxid}, shared by every statement of a transaction), and its parameters'
     * values as text ({@code null} for SQL NULL).
     */
    record LoggedStatement(Instant at, long pid, String database, String transaction, String sql,
            List<String> parameters) {

        static java.util.Optional<LoggedStatement> parse(JsonNode entry) {
            String message = entry.path("message").asText("");
            String sql;
            if (message.startsWith("execute ")) {
                // "execute <unnamed>: …", "execute S_3: …", "execute S_3/C_4: …"
                sql = message.substring(message.indexOf(": ") + 2);
            } else if (message.startsWith("statement: ")) {
                sql = message.substring("statement: ".length());
            } else {
                return java.util.Optional.empty();
            }
            Instant at = LocalDateTime.parse(entry.path("timestamp").asText().substring(0, 23), LOG_TIME)
                    .toInstant(ZoneOffset.UTC);
            return java.util.Optional.of(new LoggedStatement(at, entry.path("pid").asLong(),
                    entry.path("dbname").asText(""), entry.path("vxid").asText(""), sql,
                    parameters(entry.path("detail").asText(""))));
        }

        /** {@code Parameters: $1 = 'a''b', $2 = NULL} → [a'b, null]. */
        static List<String> parameters(String detail) {
            List<String> values = new ArrayList<>();
            if (!detail.startsWith("Parameters: ")) {
                return values;
            }
            int i = "Parameters: ".length();
            while (i < detail.length()) {
                i = detail.indexOf(" = ", i) + 3;
                if (detail.startsWith("NULL", i)) {
                    values.add(null);
                    i += 4;
                } else {
                    StringBuilder value = new StringBuilder();
                    i++; // opening quote
                    while (true) {
                        char c = detail.charAt(i++);
                        if (c == '\'') {
                            if (i < detail.length() && detail.charAt(i) == '\'') {
                                value.append('\'');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            value.append(c);
                        }
                    }
                    values.add(value.toString());
                }
                if (detail.startsWith(", ", i)) {
                    i += 2;
                } else {
                    break;
                }
            }
            return values;
        }
    }
}
