package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.Chromium;
import io.prism.support.IntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GraphiQL and Swagger UI in a real browser under their Content-Security-Policy: headless Chromium loads each page
 * from the running service, and the page must render (GraphiQL's editor; Swagger UI's operations, read from the
 * OpenAPI document it fetched) with no policy violation on the console. GraphiQL must open, after a reload, with the
 * key the user stored rather than the default headers, and fetch the schema with it. Needs {@code /usr/bin/chromium}
 * (Debian package {@code chromium}); without it the tests are skipped and {@link HttpHygieneTest} still checks the
 * pages' markup against their policies.
 */
class BrowserPagesTest extends IntegrationTest {

    /** GraphiQL's headers editor (a CodeMirror), its query editor, the Docs pane and the response. */
    private static final String HEADERS = "document.querySelector('.graphiql-editor-tool "
            + ".graphiql-editor:not(.hidden) .CodeMirror')";
    private static final String QUERY = "document.querySelector('.graphiql-query-editor .CodeMirror')";
    private static final String DOCS = "document.querySelector('.graphiql-doc-explorer')";
    private static final String RESPONSE = "document.querySelector('.result-window .CodeMirror')";

    @Test
    void shouldRenderBothPagesWithoutPolicyViolations() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed");
        try (Chromium browser = Chromium.start()) {
            browser.open(url("/graphiql"));
            browser.await("!!document.querySelector('.graphiql-container') && !!" + HEADERS, "GraphiQL's editor");
            browser.open(url("/api/v1/docs"));
            browser.await("document.body.innerHTML.includes('/api/v1/materials')", "Swagger UI's operations");
            assertNoPolicyViolation(browser);
        }
    }

    @Test
    void shouldOpenGraphiqlWithTheStoredKeyAfterReloads() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed");
        TenantKey t = newTenant("graphiql browser tenant", "READ", "WRITE");
        String material = "GraphiQL-only alloy " + UUID.randomUUID();
        ok(t.key(), "mutation($n: String!) { createMaterial(input: {name: $n, isoGroup: N, materialClass: "
                + "\"aluminium alloy\", source: \"browser test\", verified: false}) { material { id } } }",
                Map.of("n", material));
        String storedHeaders = "{\n  \"Authorization\": \"Bearer " + t.key() + "\"\n}";
        try (Chromium browser = Chromium.start()) {
            browser.open(url("/graphiql"));
            // nothing stored yet: the default headers, here the placeholder, with which the schema is refused
            assertThat(browser.await(HEADERS + "?.CodeMirror.getValue()", "the headers editor").asString())
                    .contains("Bearer <your API key>");
            assertThat(docs(browser, "Error fetching schema")).contains("Error fetching schema");

            // the user enters the tenant's key in the Headers tab, and GraphiQL stores it
            browser.evaluate(HEADERS + ".CodeMirror.setValue(" + JSON.writeValueAsString(storedHeaders) + ")");
            browser.await("(localStorage.getItem('graphiql:headers') || '').includes('" + t.key() + "')",
                    "GraphiQL to store the headers");

            for (int reload = 1; reload <= 3; reload++) {
                browser.clearEvents();
                browser.reload();
                assertThat(browser.await(HEADERS + "?.CodeMirror.getValue()", "the headers editor").asString())
                        .as("headers after reload %d", reload).isEqualTo(storedHeaders);
                assertThat(docs(browser, "query: Query")).as("Docs after reload %d", reload)
                        .contains("Root Types", "query: Query", "mutation: Mutation", "SpeedFeedInput");
                List<JsonNode> introspections = browser.requests("/api/v1/graphql").stream()
                        .filter(r -> r.path("postData").asString().contains("IntrospectionQuery")).toList();
                assertThat(introspections).as("schema requests after reload %d", reload).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.path("headers").path("Authorization").asString())
                                .isEqualTo("Bearer " + t.key()));
            }

            // a query run from the page answers what only the stored key may see
            browser.evaluate(QUERY + ".CodeMirror.setValue('query TenantOnly { materials(first: 5, "
                    + "filter: {owner: TENANT}) { edges { node { name } } } }')");
            browser.await("localStorage.getItem('graphiql:operationName') === 'TenantOnly'", "the operation name");
            browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
            assertThat(browser.await(RESPONSE + "?.CodeMirror.getValue().includes('" + material + "')",
                    "the answer to name the tenant's material").asBoolean()).isTrue();
            assertNoPolicyViolation(browser);
        }
    }

    @Test
    void shouldOpenGraphiqlWithAKeyStoredUnderItsStorageKey() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Chromium.installed(), "Chromium is not installed");
        TenantKey t = newTenant("graphiql storage tenant", "READ");
        try (Chromium browser = Chromium.start()) {
            browser.open(url("/graphiql"));
            browser.await("!!" + HEADERS, "the headers editor");
            browser.evaluate("localStorage.setItem('graphiql:headers', '{\"Authorization\": \"Bearer " + t.key()
                    + "\"}')");
            browser.clearEvents();
            browser.reload();
            assertThat(browser.await(HEADERS + "?.CodeMirror.getValue()", "the headers editor").asString())
                    .contains("Bearer " + t.key());
            assertThat(docs(browser, "query: Query")).contains("query: Query");
            assertThat(browser.requests("/api/v1/graphql")).isNotEmpty().allSatisfy(r -> assertThat(
                    r.path("headers").path("Authorization").asString()).isEqualTo("Bearer " + t.key()));
        }
    }

    /** Opens the Docs pane unless it is open (GraphiQL remembers it), and its text once it shows {@code expected}. */
    private static String docs(Chromium browser, String expected) throws InterruptedException {
        browser.evaluate("if (!" + DOCS + ") document.querySelector('[aria-label=\"Show Documentation Explorer\"]')"
                + ".click()");
        return browser.await("(" + DOCS + "?.innerText || '').includes(" + JSON.writeValueAsString(expected)
                + ") && " + DOCS + ".innerText", "the Docs pane to show " + expected).asString();
    }

    private static void assertNoPolicyViolation(Chromium browser) {
        assertThat(browser.messages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
