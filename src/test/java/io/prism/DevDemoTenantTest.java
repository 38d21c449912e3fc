package io.prism;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The local run's demo: the production configuration has no demo key at all, and the dev setup's tenant key runs
 * the README's examples as written (the catalog query, {@code speedFeed} over GraphQL and over REST), with the seed
 * catalog's ids they name. The setup is the same bean the dev run starts with, run here against the test database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevDemoTenantTest extends IntegrationTest {

    private static final Path README = Path.of("README.md");
    /** A README curl command: the path it calls and its {@code -d} body. */
    private static final Pattern CURL = Pattern.compile(
            "curl -s http://localhost:8080(/\\S+)[^`]*?-H \"Authorization: Bearer \\$KEY\"[^`]*?-d '([^']*)'");

    /** The README's one-line query for the ids of materials, tools and machines. */
    private static final Pattern IDS_QUERY = Pattern.compile("`(\\{ materials\\(first: 5[^`]*)`");

    @Autowired
    private ApplicationContext context;

    @Test
    @Order(1)
    void shouldHaveNoDemoKeyWithoutTheDevProfile() throws IOException {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain(DevPrismApplication.DEV_PROFILE);
        assertThat(context.getBeanProvider(DevDemoTenant.class).getIfAvailable()).isNull();
        for (String key : List.of(DevDemoTenant.KEY, DevPrismApplication.DEMO_ADMIN_KEY)) {
            Response refused = graphql(key, "{ __typename }");
            assertThat(refused.status()).as(key).isEqualTo(401);
            assertThat(refused.errorCode()).as(key).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(get("/graphiql").raw()).doesNotContain("prism_local_demo").contains("data-default-headers=\"\"");
        // what the production jar is made of: no dev class, no demo key
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("DevPrism") || name.startsWith("DevDemo")
                        || contains(Files.readAllBytes(f), "prism_local_demo")) {
                    offending.add(f.toString());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    @Order(2)
    void shouldCreateTheDemoTenantOnceAndLetItsKeyRunTheReadmeExamples() throws IOException {
        DevDemoTenant setup = context.getAutowireCapableBeanFactory().createBean(DevDemoTenant.class);
        assertThat(setup.ensure()).isTrue();
        assertThat(setup.ensure()).as("a restart changes nothing").isFalse();
        assertThat(sqlCount("SELECT count(*) FROM tenant WHERE tenant_id = '" + DevDemoTenant.TENANT + "'"))
                .isEqualTo(1);
        assertThat(sqlCount("SELECT count(*) FROM api_key WHERE tenant_id = '" + DevDemoTenant.TENANT + "'"))
                .isEqualTo(1);
        JsonNode me = ok(DevDemoTenant.KEY, "{ me { tenant { id name } scopes } }").path("me");
        assertThat(me.path("tenant").path("id").asString()).isEqualTo(DevDemoTenant.TENANT.toString());
        assertThat(me.path("scopes").toString()).contains("READ", "WRITE", "CALC");

        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains("KEY=" + DevDemoTenant.KEY).doesNotContain("<material id>", "<tool id>",
                "<machine id>");
        Matcher curl = CURL.matcher(readme);
        List<String> ran = new ArrayList<>();
        while (curl.find()) {
            String path = curl.group(1);
            Response r = postRaw(path, DevDemoTenant.KEY, curl.group(2));
            assertThat(r.status()).as(path + " " + r.raw()).isEqualTo(200);
            assertThat(r.body().path("errors").isMissingNode()).as(path + " " + r.raw()).isTrue();
            ran.add(path + (r.raw().contains("\"speedFeed\"") ? " speedFeed" : ""));
            JsonNode envelope = path.equals("/api/v1/graphql") ? r.data().path("speedFeed") : r.body();
            if (envelope.has("safety")) {
                assertThat(envelope.path("result").path("spindleSpeed").asDouble()).as(path).isPositive();
                assertThat(envelope.path("meta").path("calculationId").asString()).as(path).isNotEmpty();
            }
        }
        assertThat(ran).as("the README's curl examples").contains("/api/v1/graphql", "/api/v1/graphql speedFeed",
                "/api/v1/speed-feed");

        Matcher lookup = IDS_QUERY.matcher(readme);
        assertThat(lookup.find()).as("the README's query for ids").isTrue();
        JsonNode ids = ok(DevDemoTenant.KEY, lookup.group(1));
        for (String list : List.of("materials", "tools", "machines")) {
            assertThat(ids.path(list).path("edges").path(0).path("node").path("id").asString()).as(list).isNotEmpty();
        }
    }

    @Test
    @Order(3)
    void shouldOpenGraphiqlWithTheDemoTenantKeyInTheDevRun() {
        assertThat(DevPrismApplication.demoSettings())
                .containsEntry("prism.admin-key", DevPrismApplication.DEMO_ADMIN_KEY)
                .hasEntrySatisfying("prism.graphiql.default-headers", headers -> assertThat(JSON.readTree(headers)
                        .path("Authorization").asString()).isEqualTo("Bearer " + DevDemoTenant.KEY));
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
                return true;
            }
        }
        return false;
    }
}
