package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.CalculationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A speed-and-feed run costs a fixed number of SQL statements: a read transaction with the tenant prelude, the
 * material, tool and machine in one statement and the cutting data; a write transaction with the prelude, the
 * history insert and the audit event (the log's lock, its head and the insert). The key was looked up when the
 * catalog was made and is cached since, so authentication costs none. A repeated run finds the catalog rows in the
 * run catalog cache and costs the write transaction's five statements.
 */
class CalculationStatementsTest extends CalculationTest {

    @Test
    void shouldCostEightStatementsPerFirstSpeedFeedRunAndFivePerRepeatedOne() {
        TenantKey t = newTenant("run statements");
        OwnCatalog c = ownCatalog(t);

        assertThat(statementsOf(t, sideMilling(c))).as("with a machine, first run").isEqualTo(8);
        assertThat(statementsOf(t, sideMilling(c))).as("with a machine, repeated").isEqualTo(5);
        assertThat(statementsOf(t, sideMilling(c, "machineId", null))).as("without a machine, first run")
                .isEqualTo(8);
        assertThat(statementsOf(t, sideMilling(c, "machineId", null))).as("without a machine, repeated")
                .isEqualTo(5);
        assertThat(storedCalculations(t)).isEqualTo(4);
    }

    private int statementsOf(TenantKey t, Map<String, Object> input) {
        int before = statements.get();
        ok(t.key(), SPEED_FEED, Map.of("in", input));
        return statements.get() - before;
    }
}
