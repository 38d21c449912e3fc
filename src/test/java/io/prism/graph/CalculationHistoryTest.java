package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The calculation history over HTTP: newest first, keyset pages, kind and date filters, one calculation by id. */
class CalculationHistoryTest extends CalculationTest {

    private static final String LIST = "query($first: Int, $after: String, $filter: CalculationFilter) { "
            + "calculations(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage "
            + "hasPreviousPage endCursor } edges { cursor node { id kind createdAt formulasUsed speedFeed { meta { "
            + "calculationId } } } } } }";

    private TenantKey t;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void threeRuns() {
        t = newTenant("history tenant");
        OwnCatalog c = ownCatalog(t);
        for (int ap : new int[] {2, 4, 6}) {
            ids.add(ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c, "apMm", ap))).path("speedFeed").path("meta")
                    .path("calculationId").asString());
        }
    }

    @Test
    void shouldPageNewestFirst() {
        JsonNode first = list(Map.of("first", 2));
        assertThat(first.path("totalCount").asInt()).isEqualTo(3);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(ids(first)).containsExactly(ids.get(2), ids.get(1));
        assertThat(first.path("edges").path(0).path("node").path("speedFeed").path("meta").path("calculationId")
                .asString()).isEqualTo(ids.get(2));
        JsonNode second = list(Map.of("first", 2, "after", first.path("pageInfo").path("endCursor").asString()));
        assertThat(ids(second)).containsExactly(ids.get(0));
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(second.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(second.path("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void shouldFilterByKindAndDate() {
        String created = list(Map.of("first", 1)).path("edges").path(0).path("node").path("createdAt").asString();
        assertThat(list(Map.of("filter", Map.of("kinds", List.of("SPEED_FEED")))).path("totalCount").asInt())
                .isEqualTo(3);
        assertThat(list(Map.of("filter", Map.of("from", "2100-01-01T00:00:00Z"))).path("totalCount").asInt())
                .isZero();
        assertThat(list(Map.of("filter", Map.of("to", "2000-01-01T00:00:00Z"))).path("totalCount").asInt())
                .isZero();
        assertThat(list(Map.of("filter", Map.of("from", created))).path("totalCount").asInt()).isEqualTo(1);
        Response reversed = graphql(t.key(), LIST, Map.of("filter", Map.of("from", "2030-01-01T00:00:00Z", "to",
                "2020-01-01T00:00:00Z")));
        assertThat(reversed.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(reversed.errors().path(0).path("extensions").path("field").asString()).isEqualTo("filter.from");
        assertThat(graphql(t.key(), LIST, Map.of("after", "garbage")).errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldShowOneCalculationAndAnswerNotFoundForAnUnknownOne() {
        JsonNode one = ok(t.key(), "query($id: ID!) { calculation(id: $id) { id kind engineVersion formulasUsed } }",
                Map.of("id", ids.get(0))).path("calculation");
        assertThat(one.path("id").asString()).isEqualTo(ids.get(0));
        assertThat(one.path("kind").asString()).isEqualTo("SPEED_FEED");
        assertThat(one.path("formulasUsed").toString()).contains("milling-table-feed");
        assertThat(graphql(t.key(), "{ calculation(id: \"00000000-0000-0000-0000-000000000001\") { id } }")
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(t.key(), "{ calculation(id: \"x\") { id } }").errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldCompressStoredDocumentsWithLz4WhereTheServerHasIt() {
        long lz4Available = sqlCount("SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' "
                + "AND 'lz4' = ANY (enumvals)");
        long lz4Columns = sqlCount("SELECT count(*) FROM pg_attribute WHERE attrelid = 'calculation'::regclass "
                + "AND attname IN ('inputs', 'envelope') AND attcompression = 'l'");
        assertThat(lz4Columns).isEqualTo(lz4Available * 2);
        long compressedWithLz4 = sqlCount("SELECT count(*) FROM calculation WHERE calculation_id = '" + ids.get(0)
                + "' AND pg_column_compression(envelope) = 'lz4'");
        assertThat(compressedWithLz4).isEqualTo(lz4Available);
    }

    private JsonNode list(Map<String, Object> variables) {
        return ok(t.key(), LIST, variables).path("calculations");
    }

    private static List<String> ids(JsonNode page) {
        return page.path("edges").valueStream().map(e -> e.path("node").path("id").asString()).toList();
    }
}
