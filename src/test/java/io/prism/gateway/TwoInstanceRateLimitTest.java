package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

/**
 * Two running instances of the service enforce one limit together with the PostgreSQL backend: this test's own
 * instance and a second one started as a separate JVM process (the same class path, main class
 * {@code io.prism.PrismApplication}, another port, the same database). One FREE tenant's requests go to the two
 * instances in turn; together they admit one limit's worth of units, not two. The process is killed however the
 * test ends.
 */
@TestPropertySource(properties = "prism.rate-limits.backend=postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstanceRateLimitTest extends LimitedTenants {

    private static final int FREE = 100;
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process second;
    private int secondPort;
    private Path secondLog;
    private double startupSeconds;

    @BeforeAll
    void startSecondInstance() throws Exception {
        secondPort = freePort();
        secondLog = Files.createTempFile("prism-second-instance", ".log");
        TestDatabase db = TestDatabase.get();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath(),
                "io.prism.PrismApplication", "--server.port=" + secondPort, "--prism.db.url=" + db.url(),
                "--prism.db.user=" + db.user(), "--prism.db.password=" + db.password(),
                "--prism.db.pool-size=4", "--prism.admin-key=" + ADMIN_KEY,
                "--prism.rate-limits.backend=postgres");
        long start = System.nanoTime();
        second = new ProcessBuilder(command).directory(secondLog.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(secondLog.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopSecondInstance, "stop-second-instance"));
        while (!healthy()) {
            if (!second.isAlive() || System.nanoTime() - start > STARTUP.toNanos()) {
                throw new AssertionError("the second instance did not start (exit "
                        + (second.isAlive() ? "none" : second.exitValue()) + "); its log ends:\n" + logTail());
            }
            Thread.sleep(250);
        }
        startupSeconds = (System.nanoTime() - start) / 1e9;
    }

    @AfterAll
    void stopSecondInstance() {
        if (second == null) {
            return;
        }
        try {
            second.descendants().forEach(ProcessHandle::destroyForcibly);
            second.destroy();
            if (!second.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            second.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(secondLog);
            } catch (IOException ignored) {
                // a temporary file; the JVM is done with it
            }
        }
    }

    @Test
    void shouldAdmitOneLimitAcrossTwoInstancesNotTwo() {
        String material = sharedMaterial();
        TenantKey t = tenantOfTier("two instance tenant", "FREE");
        Response first = lookupByGraphQl(t, material);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        long cost = FREE - limitHeaders(first)[1];
        int requests = (int) Math.ceil(2.5 * FREE / cost);
        int[] admitted = {1, 0};
        int[] refused = {0, 0};
        long start = System.nanoTime();
        for (int i = 1; i < requests; i++) {
            int instance = i % 2;
            Response r = instance == 0 ? lookupByGraphQl(t, material) : onSecond(t, material);
            assertThat(r.status()).as(r.raw()).isIn(200, 429);
            assertThat(limitHeaders(r)[0]).isEqualTo(FREE);
            if (r.status() == 200) {
                admitted[instance]++;
            } else {
                refused[instance]++;
                assertThat(header(r, "Retry-After")).isPositive();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long units = (admitted[0] + admitted[1]) * cost;
        long refilled = (long) Math.ceil(seconds * FREE / 60.0);
        System.out.printf("Two instances (PostgreSQL buckets, second started in %.1f s): %d lookups of %d units "
                        + "in %.1f s; admitted %d by this instance + %d by the second = %d units against a limit "
                        + "of %d (+%d refilled meanwhile); refused %d + %d%n", startupSeconds, requests, cost,
                seconds, admitted[0], admitted[1], units, FREE, refilled, refused[0], refused[1]);
        assertThat(admitted[0]).as("this instance admitted some").isPositive();
        assertThat(admitted[1]).as("the second instance admitted some").isPositive();
        assertThat(refused[0]).as("this instance refused some").isPositive();
        assertThat(refused[1]).as("the second instance refused some").isPositive();
        assertThat(units).as("one limit, not one per instance").isBetween(FREE - cost + 1, FREE + refilled);
    }

    private Response onSecond(TenantKey t, String material) {
        String body = JSON.writeValueAsString(Map.of("query", MATERIAL, "variables", Map.of("id", material)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/api/v1/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + t.key()).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort
                + "/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(secondLog);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * This JVM's class path without empty entries: an empty entry means the working directory, whose schema/
     * folder would be read as a second copy of the schema.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
