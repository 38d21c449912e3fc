package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Material lookups, filters, pagination and unit conversion over HTTP against the seeded catalog. */
class MaterialQueryTest extends IntegrationTest {

    private TenantKey reader;

    @BeforeEach
    void reader() {
        reader = newTenant("material reader", "READ");
    }

    @Test
    void shouldServeTheSeededCatalogWithAllSixIsoGroups() {
        JsonNode data = ok(reader.key(), "{ materials(first: 100) { totalCount edges { node { isoGroup } } } }");
        assertThat(data.path("materials").path("totalCount").asInt()).isGreaterThanOrEqualTo(80);
        Set<String> groups = new HashSet<>();
        data.path("materials").path("edges").forEach(e -> groups.add(e.path("node").path("isoGroup").asString()));
        assertThat(groups).containsExactlyInAnyOrder("P", "M", "K", "N", "S", "H");
    }

    @Test
    void shouldReturnOneMaterialWithProvenanceAndConvertedUnits() {
        String id = firstId("C45");
        JsonNode m = ok(reader.key(), "query($id: ID!) { material(id: $id) { name designations { wnr } "
                + "tensileStrength ksi: tensileStrength(unit: KSI) density gcc: density(unit: G_PER_CM3) "
                + "provenance { source verified } owner } }", Map.of("id", id)).path("material");
        assertThat(m.path("name").asString()).isEqualTo("C45");
        assertThat(m.path("designations").path("wnr").asString()).isEqualTo("1.0503");
        assertThat(m.path("tensileStrength").asDouble()).isEqualTo(580.0);
        // 580 MPa / 6.894757 MPa per ksi
        assertThat(m.path("ksi").asDouble()).isCloseTo(84.122, within(0.001));
        assertThat(m.path("gcc").asDouble()).isCloseTo(7.8, within(1e-9));
        assertThat(m.path("provenance").path("source").asString()).contains("FreeCAD");
        assertThat(m.path("owner").asString()).isEqualTo("SHARED");
    }

    @Test
    void shouldFilterByIsoGroupSearchAndHardness() {
        JsonNode s = ok(reader.key(), "{ materials(first: 100, filter: {isoGroups: [S]}) { totalCount "
                + "edges { node { isoGroup } } } }").path("materials");
        assertThat(s.path("totalCount").asInt()).isPositive();
        s.path("edges").forEach(e -> assertThat(e.path("node").path("isoGroup").asString()).isEqualTo("S"));

        JsonNode search = ok(reader.key(), "{ materials(first: 100, filter: {search: \"4140\"}) { edges { node "
                + "{ name designations { aisi other } equivalents } } } }").path("materials").path("edges");
        assertThat(search.size()).isPositive();
        search.forEach(e -> assertThat(e.path("node").toString().toLowerCase()).contains("4140"));

        JsonNode hard = ok(reader.key(), "{ materials(first: 100, filter: {hardness: {scale: HB, min: 200, max: "
                + "300}}) { edges { node { hardness { value scale } } } } }").path("materials").path("edges");
        assertThat(hard.size()).isPositive();
        hard.forEach(e -> {
            assertThat(e.path("node").path("hardness").path("scale").asString()).isEqualTo("HB");
            assertThat(e.path("node").path("hardness").path("value").asDouble()).isBetween(200.0, 300.0);
        });
    }

    @Test
    void shouldWalkAllPagesInStableOrderWithoutGapsOrRepeats() {
        int total = ok(reader.key(), "{ materials(first: 1) { totalCount } }").path("materials").path("totalCount")
                .asInt();
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean first = true;
        while (true) {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("after", after);
            JsonNode page = ok(reader.key(), "query($after: String) { materials(first: 30, after: $after) { "
                    + "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor "
                    + "node { id name } } } }", vars).path("materials");
            assertThat(page.path("totalCount").asInt()).isEqualTo(total);
            assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(!first);
            page.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                assertThat(page.path("edges").size()).isLessThanOrEqualTo(30);
                break;
            }
            after = page.path("pageInfo").path("endCursor").asString();
            first = false;
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void shouldReturnAnEmptyPageAfterTheLastItem() {
        JsonNode all = ok(reader.key(), "{ materials(first: 100) { pageInfo { endCursor hasNextPage } } }")
                .path("materials").path("pageInfo");
        assertThat(all.path("hasNextPage").asBoolean()).isFalse();
        JsonNode after = ok(reader.key(), "query($a: String) { materials(first: 10, after: $a) { totalCount "
                + "edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }",
                Map.of("a", all.path("endCursor").asString())).path("materials");
        assertThat(after.path("edges").size()).isZero();
        assertThat(after.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(after.path("pageInfo").path("endCursor").isNull()).isTrue();
        assertThat(after.path("totalCount").asInt()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void shouldRejectAnInvalidCursorAndPageSize() {
        Response bad = graphql(reader.key(), "{ materials(first: 5, after: \"not-a-cursor\") { totalCount } }");
        assertThat(bad.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(bad.errors().path(0).path("extensions").path("field").asString()).isEqualTo("after");
        Response big = graphql(reader.key(), "{ materials(first: 500) { totalCount } }");
        assertThat(big.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(big.errors().path(0).path("message").asString()).contains("between 1 and 100");
        Response zero = graphql(reader.key(), "{ materials(first: 0) { totalCount } }");
        assertThat(zero.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownId() {
        Response r = graphql(reader.key(), "{ material(id: \"00000000-0000-0000-0000-00000000abcd\") { name } }");
        assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(r.data().path("material").isNull()).isTrue();
        Response malformed = graphql(reader.key(), "{ material(id: \"12\") { name } }");
        assertThat(malformed.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldNestSharedCuttingData() {
        JsonNode edges = ok(reader.key(), "{ materials(first: 100, filter: {isoGroups: [N]}) { edges { node { "
                + "name cuttingData { toolMaterial operation cuttingSpeedMin cuttingSpeedMax sfm: cuttingSpeedMax(unit:"
                + " SFM) owner overridesShared provenance { verified } } } } } }").path("materials").path("edges");
        JsonNode withData = null;
        for (JsonNode e : edges) {
            if (e.path("node").path("cuttingData").size() > 0) {
                withData = e.path("node").path("cuttingData").path(0);
                break;
            }
        }
        assertThat(withData).as("some N-group material has cutting data").isNotNull();
        assertThat(withData.path("owner").asString()).isEqualTo("SHARED");
        assertThat(withData.path("overridesShared").asBoolean()).isFalse();
        assertThat(withData.path("sfm").asDouble())
                .isCloseTo(withData.path("cuttingSpeedMax").asDouble() / 0.3048, within(1e-6));
    }

    private String firstId(String search) {
        return ok(reader.key(), "query($s: String) { materials(first: 1, filter: {search: $s}) { edges { node { id"
                + " } } } }", Map.of("s", search)).path("materials").path("edges").path(0).path("node").path("id")
                .asString();
    }
}
