package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A speed-and-feed run costs a fixed number of SQL statements: the key lookup, then one transaction with the tenant
 * prelude, the material, tool and machine in one statement, the cutting data and the history insert.
 */
class CalculationStatementsTest extends CalculationTest {

    @Test
    void shouldCostFiveStatementsPerSpeedFeedRun() {
        TenantKey t = newTenant("run statements");
        OwnCatalog c = ownCatalog(t);
        ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))); // warm-up

        assertThat(statementsOf(t, sideMilling(c))).as("with a machine").isEqualTo(5);
        assertThat(statementsOf(t, sideMilling(c, "machineId", null))).as("without a machine").isEqualTo(5);
        assertThat(storedCalculations(t)).isEqualTo(3);
    }

    private int statementsOf(TenantKey t, Map<String, Object> input) {
        int before = statements.get();
        ok(t.key(), SPEED_FEED, Map.of("in", input));
        return statements.get() - before;
    }
}
