package io.prism.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server the tests run against, and a fresh database on it for each test run.
 * <ul>
 *   <li>When {@code PRISM_TEST_DB_URL} is set (a JDBC URL of any database on the server, with user and
 *       password as URL parameters if needed, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}),
 *       that server is used.</li>
 *   <li>Otherwise an embedded PostgreSQL is started for the test JVM.</li>
 * </ul>
 * The database is named {@code prism_test_<random>}; the service creates it on start and it is dropped when the
 * test JVM exits.
 */
public final class TestDatabase {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]*)/([^?]*)(\\?(.*))?");
    private static TestDatabase instance;

    private final String hostPort;
    private final String user;
    private final String password;
    private final String name;
    private final String mode;

    private TestDatabase(String hostPort, String user, String password, String mode) {
        this.hostPort = hostPort;
        this.user = user;
        this.password = password;
        this.mode = mode;
        this.name = "prism_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        // dropped after the application contexts have closed, so their last writes at shutdown (usage counts, key
        // use) still reach the database instead of waiting for a connection to one that is gone
        SpringApplication.getShutdownHandlers().add(this::drop);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestDatabase start() {
        String configured = System.getProperty("prism.test.db-url", "");
        if (configured.isBlank() || configured.startsWith("${")) {
            configured = System.getenv().getOrDefault("PRISM_TEST_DB_URL", "");
        }
        if (!configured.isBlank()) {
            Matcher m = URL.matcher(configured);
            if (!m.matches()) {
                throw new IllegalStateException("PRISM_TEST_DB_URL is not a PostgreSQL JDBC URL: " + configured);
            }
            Properties params = params(m.group(4));
            return new TestDatabase(m.group(1), params.getProperty("user", "postgres"),
                    params.getProperty("password", ""), "server " + m.group(1));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            });
            return new TestDatabase("localhost:" + pg.getPort(), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL; set PRISM_TEST_DB_URL to a "
                    + "running server instead", e);
        }
    }

    private static Properties params(String query) {
        Properties p = new Properties();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    p.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return p;
    }

    /** JDBC URL of this run's database (created by the service on start). */
    public String url() {
        return "jdbc:postgresql://" + hostPort + "/" + name;
    }

    /** The server's {@code host:port}. */
    public String hostPort() {
        return hostPort;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    /** A connection to this run's database as the owner (superuser here): row level security does not apply. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private void drop() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", user,
                password); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
