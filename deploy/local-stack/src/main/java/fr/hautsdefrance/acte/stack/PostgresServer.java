package fr.hautsdefrance.acte.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the embedded binaries (no installation, no container).
 * Each service gets its own database and its own role, as in production.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code port} (0: any free port). A {@code dataDirectory} that already
     * holds a cluster is reused, so the local stack keeps its data between runs.
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean keepData) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    // The server's own log in a file of its data directory (log/): its standard error is a
                    // pipe nobody reads once it has started, so without the collector its messages were lost.
                    // A superuser reads it through SQL (pg_current_logfile, pg_read_file), as the deposit
                    // ratio benchmark does to capture the statements of a submission.
                    .setServerConfig("logging_collector", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The cluster's superuser on its maintenance database, for what no service's role may do. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    /** Creates {@code database} owned by a login role of the same name, unless both exist. */
    public void ensureDatabase(String database, String password) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + database + "'")) {
                statement.execute("create role " + database + " login password '" + password + "'");
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + database + "'")) {
                statement.execute("create database " + database + " owner " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
