package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * GraphiQL and Swagger UI in a real browser under their Content-Security-Policy: headless Chromium loads each page
 * from the running service, and the page must render (GraphiQL's editor; Swagger UI's operations, read from the
 * OpenAPI document it fetched) with no policy violation on the console. Needs {@code /usr/bin/chromium} (Debian
 * package {@code chromium}); without it the test is skipped and {@link HttpHygieneTest} still checks the pages'
 * markup against their policies.
 */
class BrowserPagesTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void shouldRenderBothPagesWithoutPolicyViolations() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        assertRenders("/graphiql", "graphiql-container");
        assertRenders("/api/v1/docs", "/api/v1/materials");
    }

    private void assertRenders(String page, String rendered) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("prism-chromium");
        try {
            Path dom = work.resolve("dom.html");
            Path console = work.resolve("console.log");
            Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--user-data-dir=" + work.resolve("profile"),
                    "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000", "--dump-dom", url(page)))
                    .redirectOutput(dom.toFile()).redirectError(console.toFile()).start();
            if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new AssertionError("Chromium did not finish loading " + page);
            }
            List<String> messages = Files.readAllLines(console, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(":CONSOLE")).toList();
            assertThat(messages).as(page).noneMatch(line -> line.contains("Content Security Policy"));
            assertThat(Files.readString(dom, StandardCharsets.UTF_8)).as(page).contains(rendered);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }
}
