package io.prism.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.prism.data.FailFastDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The two ways the service talks to PostgreSQL.
 * <ul>
 *   <li>Migrations (Flyway) connect as {@code prism.db.user}, who owns the schema.</li>
 *   <li>Everything else uses the primary pool, whose connections switch to the {@code prism.db.app-role} role
 *       when opened. That role is neither superuser nor owner, so row level security applies to every query.</li>
 * </ul>
 * Before either is used the database named in the URL is created if it does not exist.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/?]*)/([^?]+)(\\?.*)?");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(PrismProperties properties) {
        PrismProperties.Db db = checkedSettings(properties);
        ensureDatabase(db);
        HikariConfig config = baseConfig(db, "prism-migrate");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /**
     * The service's pool, behind the guard that refuses connections at once while the database is unreachable
     * ({@link FailFastDataSource}); it takes the migration source as a parameter only so the database exists first.
     */
    @Bean
    @Primary
    DataSource dataSource(PrismProperties properties, @FlywayDataSource DataSource migrationDataSource) {
        PrismProperties.Db db = checkedSettings(properties);
        HikariConfig config = baseConfig(db, "prism-app");
        config.setMaximumPoolSize(db.poolSize());
        config.setConnectionInitSql("SET ROLE " + db.appRole());
        return new FailFastDataSource(new HikariDataSource(config));
    }

    /**
     * The database's health ({@code db} in {@code /actuator/health} and in the readiness group): a valid connection
     * of the service's own pool, through its guard, so it is DOWN at once while the database is unreachable and UP
     * again once the guard's probe reaches it. The migration pool, idle once the migrations ran, is not asked.
     */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource);
    }

    private static HikariConfig baseConfig(PrismProperties.Db db, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static PrismProperties.Db checkedSettings(PrismProperties properties) {
        PrismProperties.Db db = properties.db();
        if (db.url().isBlank()) {
            throw new DatabaseUnavailableException("No database is configured (PRISM_DB_URL is not set).",
                    "Set PRISM_DB_URL to a PostgreSQL JDBC URL, for example "
                            + "jdbc:postgresql://127.0.0.1:5432/prism, and PRISM_DB_USER / PRISM_DB_PASSWORD if the "
                            + "server needs them. For a local run without a server use ./mvnw spring-boot:test-run, "
                            + "which starts an embedded PostgreSQL.", null);
        }
        if (!JDBC_URL.matcher(db.url()).matches()) {
            throw new DatabaseUnavailableException("PRISM_DB_URL is not a PostgreSQL JDBC URL: " + safeUrl(db.url()),
                    "Set PRISM_DB_URL in the form jdbc:postgresql://HOST:PORT/DATABASE.", null);
        }
        if (!ROLE.matcher(db.appRole()).matches()) {
            throw new DatabaseUnavailableException("prism.db.app-role is not a plain role name: " + db.appRole(),
                    "Set prism.db.app-role to a lower-case identifier such as prism_app.", null);
        }
        return db;
    }

    /** Creates the database named in the URL when it does not exist yet, through the server's postgres db. */
    static void ensureDatabase(PrismProperties.Db db) {
        Matcher m = JDBC_URL.matcher(db.url());
        if (!m.matches()) {
            throw new IllegalStateException("unreachable: URL was checked");
        }
        String name = m.group(2);
        String maintenanceUrl = "jdbc:postgresql://" + m.group(1) + "/postgres" + (m.group(3) == null ? "" : m.group(3));
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("password", db.password());
        props.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(maintenanceUrl, props)) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (var st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
                log.info("Created database {}", name);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently
            }
            throw new DatabaseUnavailableException(
                    "Cannot reach PostgreSQL at " + safeUrl(db.url()) + " as user '" + db.user() + "': "
                            + e.getMessage(),
                    "Check that the server runs and that PRISM_DB_URL, PRISM_DB_USER and PRISM_DB_PASSWORD are right. "
                            + "The user needs the right to create the database (or create it beforehand) and to "
                            + "create the role " + db.appRole() + ".", e);
        }
    }

    private static String safeUrl(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

}
