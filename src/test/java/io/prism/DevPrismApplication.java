package io.prism;

import io.prism.audit.Digests;
import io.prism.audit.proof.NoteSigner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Local run without any setup: {@code ./mvnw spring-boot:test-run}. When {@code PRISM_DB_URL} is not set, an
 * embedded PostgreSQL starts with its data in {@code .prism/pgdata} (kept across restarts; delete the folder for
 * a fresh catalog). Unless {@code PRISM_ADMIN_KEY} is set, the local demo is on (profile {@value #DEV_PROFILE}): a
 * demo operator key, a demo tenant with a key that may read, write and calculate ({@link DevDemoTenant}), and
 * GraphiQL at http://localhost:8080/graphiql opening with the tenant's key. This class lives in the test sources, so
 * the production jar carries no embedded database and no demo key.
 */
public final class DevPrismApplication {

    /** The profile of the local demo; the production configuration never has it. */
    public static final String DEV_PROFILE = "dev";
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
        SpringApplication application = new SpringApplication(PrismApplication.class);
        if (blank(System.getenv("PRISM_ADMIN_KEY"))) {
            demoSettings().forEach(System::setProperty);
            application.setAdditionalProfiles(DEV_PROFILE);
        }
        PrismApplication.quietJooq();
        application.run(args);
    }

    /**
     * The local demo's settings: the demo operator key, GraphiQL opening with the demo tenant's key, and an audit
     * signing key of its own (from a fixed seed, so the local log's checkpoints still verify after a restart).
     */
    static Map<String, String> demoSettings() {
        return Map.of("prism.admin-key", DEMO_ADMIN_KEY,
                "prism.graphiql.default-headers", "{\n  \"Authorization\": \"Bearer " + DevDemoTenant.KEY + "\"\n}",
                "prism.audit.signing-key", NoteSigner.privateKeyString("prism-local-demo",
                        Digests.sha256("PRISM local demo audit key".getBytes(StandardCharsets.UTF_8))));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
