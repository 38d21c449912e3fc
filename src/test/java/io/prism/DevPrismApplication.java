package io.prism;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * Local run without any setup: {@code ./mvnw spring-boot:test-run}. When {@code PRISM_DB_URL} is not set, an
 * embedded PostgreSQL starts with its data in {@code .prism/pgdata} (kept across restarts; delete the folder for
 * a fresh catalog). A demo operator key is configured and GraphiQL at http://localhost:8080/graphiql starts with
 * it, unless {@code PRISM_ADMIN_KEY} is set. This class lives in the test sources, so the production jar carries
 * no embedded database.
 */
public final class DevPrismApplication {

    /** The local demo operator key; never valid in production (the production jar has no default key). */
    public static final String DEMO_ADMIN_KEY = "prism_local_demo_operator_key";
    private static final int EMBEDDED_PORT = 54329;

    private DevPrismApplication() {
    }

    public static void main(String[] args) throws IOException {
        if (blank(System.getenv("PRISM_DB_URL")) && blank(System.getProperty("prism.db.url"))) {
            Path dataDir = Path.of(".prism", "pgdata").toAbsolutePath();
            Files.createDirectories(dataDir.getParent());
            EmbeddedPostgres pg;
            try {
                pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(EMBEDDED_PORT)
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException | RuntimeException e) {
                System.err.println("The embedded PostgreSQL could not start (" + e.getMessage() + "). Set "
                        + "PRISM_DB_URL (and PRISM_DB_USER / PRISM_DB_PASSWORD) to use a running PostgreSQL server.");
                System.exit(2);
                return;
            }
            // stopped after the application has closed, so its last writes at shutdown still reach the database
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // exiting
                }
            });
            System.setProperty("prism.db.url", "jdbc:postgresql://localhost:" + pg.getPort() + "/prism");
            System.setProperty("prism.db.user", "postgres");
        }
        if (blank(System.getenv("PRISM_ADMIN_KEY"))) {
            System.setProperty("prism.admin-key", DEMO_ADMIN_KEY);
            System.setProperty("prism.graphiql.default-headers",
                    "{\n  \"Authorization\": \"Bearer " + DEMO_ADMIN_KEY + "\"\n}");
        }
        PrismApplication.quietJooq();
        SpringApplication.run(PrismApplication.class, args);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
