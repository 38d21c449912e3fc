package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A page of materials with nested cutting data costs a constant number of SQL statements: the key lookup, then
 * for the query itself the tenant prelude, the page (rows and total in one statement) and one batched
 * cutting-data statement.
 */
class DataLoaderStatementsTest extends IntegrationTest {

    private static final String QUERY = "query($n: Int) { materials(first: $n) { totalCount edges { node { id name "
            + "cuttingData { toolMaterial operation cuttingSpeedMin feedPerToothMinPerDiameter owner } } } } }";

    @Test
    void shouldCostAtMostThreeStatementsForFiftyMaterialsWithCuttingData() {
        TenantKey t = newTenant("statement counter", "READ");
        ok(t.key(), QUERY, Map.of("n", 5)); // warm-up

        int before = statements.get();
        JsonNode fifty = ok(t.key(), QUERY, Map.of("n", 50));
        int forFifty = statements.get() - before;

        before = statements.get();
        ok(t.key(), QUERY, Map.of("n", 10));
        int forTen = statements.get() - before;

        assertThat(fifty.path("materials").path("edges").size()).isEqualTo(50);
        int withCuttingData = 0;
        for (JsonNode e : fifty.path("materials").path("edges")) {
            withCuttingData += e.path("node").path("cuttingData").isEmpty() ? 0 : 1;
        }
        assertThat(withCuttingData).isPositive();
        // 1 statement authenticates the key; the query itself is prelude + page + cutting data = 3
        assertThat(forFifty - 1).as("statements for the query, 50 materials").isLessThanOrEqualTo(3);
        assertThat(forFifty).as("same cost whatever the page size").isEqualTo(forTen);
    }
}
