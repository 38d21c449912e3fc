package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed GraphQL, unknown fields and wrong types get clear coded errors and never a stack trace. */
class GraphQlErrorsTest extends IntegrationTest {

    private TenantKey t;

    @BeforeEach
    void tenant() {
        t = newTenant("errors tenant", "READ");
    }

    @Test
    void shouldAnswerSyntaxErrorsWithBadUserInput() {
        Response r = graphql(t.key(), "{ materials(first: 5 { totalCount } }");
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertClean(r);
    }

    @Test
    void shouldAnswerUnknownFieldsWithBadUserInput() {
        Response r = graphql(t.key(), "{ materials(first: 5) { totalCount nonsense } }");
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("message").asString()).contains("nonsense");
        assertClean(r);
    }

    @Test
    void shouldAnswerWrongTypesWithBadUserInput() {
        Response r = graphql(t.key(), "{ materials(first: \"five\") { totalCount } }");
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        Response enumValue = graphql(t.key(), "{ materials(filter: {isoGroups: [Q]}) { totalCount } }");
        assertThat(enumValue.errorCode()).as(enumValue.raw()).isEqualTo("BAD_USER_INPUT");
        Response variable = graphql(t.key(), "query($n: Int) { materials(first: $n) { totalCount } }",
                java.util.Map.of("n", "many"));
        assertThat(variable.errorCode()).as(variable.raw()).isEqualTo("BAD_USER_INPUT");
        assertClean(r);
        assertClean(enumValue);
        assertClean(variable);
    }

    @Test
    void shouldRejectABodyThatIsNotJson() {
        Response r = postRaw("/api/v1/graphql", t.key(), "this is not json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldServeTheSchemaWithDescriptionsAndTheOfflineGraphiql() {
        Response sdl = get("/api/v1/schema.graphqls");
        assertThat(sdl.status()).isEqualTo(200);
        assertThat(sdl.raw()).contains("type Material").contains("unit: StressUnit = MPA")
                .contains("Ultimate tensile strength").doesNotContain("FAILED_PRECONDITION");
        Response page = get("/graphiql");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("/webjars/graphiql/2.4.7/graphiql.min.js").doesNotContain("https://");
        for (String asset : new String[] {"/webjars/graphiql/2.4.7/graphiql.min.js",
                "/webjars/graphiql/2.4.7/graphiql.min.css", "/webjars/react/18.3.1/umd/react.production.min.js",
                "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js", "/graphiql/prism-graphiql.js"}) {
            assertThat(get(asset).status()).as(asset).isEqualTo(200);
        }
    }

    private static void assertClean(Response r) {
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        assertThat(r.errors().path(0).path("extensions").path("correlationId").asString()).isNotBlank();
    }
}
