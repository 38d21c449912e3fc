package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code Machine.alarms}: the alarms of each machine's controller family, loaded for a whole page of machines in one
 * SQL statement (a DataLoader keyed by family), so the cost does not grow with the page.
 */
class MachineAlarmsTest extends IntegrationTest {

    private static final String QUERY = "query($n: Int) { machines(first: $n) { edges { node { make model "
            + "controllerFamily alarms(first: 3) { code controllerFamily } } } } }";

    private TenantKey shop;

    @BeforeEach
    void shopWithAFanucMachine() {
        shop = newTenant("alarm shop", "READ", "WRITE");
        ok(shop.key(), "mutation { createMachine(input: {make: \"Alpha\", model: \"Fanuc mill\", type: VMC, "
                + "maxRpm: 8000, controllerFamily: FANUC, source: \"own\", verified: false}) { machine { id } } }");
    }

    @Test
    void shouldGiveEachMachineTheAlarmsOfItsFamily() {
        JsonNode edges = ok(shop.key(), QUERY, Map.of("n", 100)).path("machines").path("edges");
        Set<String> familiesWithAlarms = new HashSet<>();
        for (JsonNode e : edges) {
            JsonNode m = e.path("node");
            String family = m.path("controllerFamily").asString();
            JsonNode alarms = m.path("alarms");
            if (Set.of("FANUC", "HAAS", "SIEMENS").contains(family)) {
                assertThat(alarms.size()).as(m.path("model").asString()).isEqualTo(3);
                alarms.forEach(a -> assertThat(a.path("controllerFamily").asString()).isEqualTo(family));
                familiesWithAlarms.add(family);
            } else {
                assertThat(alarms.isEmpty()).as(family + " has no catalog").isTrue();
            }
        }
        assertThat(familiesWithAlarms).containsExactlyInAnyOrder("FANUC", "HAAS", "SIEMENS");
    }

    @Test
    void shouldNarrowEachMachinesAlarmsBySearchAndFirst() {
        JsonNode edges = ok(shop.key(), "{ machines(first: 100, filter: {controllers: [HAAS]}) { edges { node { "
                + "servo: alarms(search: \"servo\", first: 100) { title } two: alarms(first: 2) { code } } } } }")
                .path("machines").path("edges");
        assertThat(edges.size()).isPositive();
        for (JsonNode e : edges) {
            JsonNode servo = e.path("node").path("servo");
            assertThat(servo.size()).isPositive();
            servo.forEach(a -> assertThat(a.path("title").asString()).containsIgnoringCase("servo"));
            assertThat(e.path("node").path("two").size()).isEqualTo(2);
            assertThat(e.path("node").path("two").path(0).path("code").asString()).isEqualTo("101");
        }
        Response big = graphql(shop.key(), "{ machines(first: 1) { edges { node { alarms(first: 101) { code } } } } }");
        assertThat(big.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(big.errors().path(0).path("extensions").path("field").asString()).isEqualTo("first");
    }

    @Test
    void shouldCostTheSameNumberOfStatementsWhateverThePageSize() {
        ok(shop.key(), QUERY, Map.of("n", 2)); // warm-up
        JsonNode all = ok(shop.key(), QUERY, Map.of("n", 100));
        assertThat(all.path("machines").path("edges").size()).isGreaterThanOrEqualTo(18);

        int forAll = statementsFor(100);
        // 1 statement authenticates the key; the query itself is prelude + page + one alarm statement = 3
        assertThat(forAll - 1).as("statements for the query, all machines with alarms").isLessThanOrEqualTo(3);
        assertThat(statementsFor(5)).as("same cost whatever the page size").isEqualTo(forAll);
    }

    /** SQL statements the service runs for one machines page of this size with each machine's alarms. */
    private int statementsFor(int pageSize) {
        int before = statements.get();
        ok(shop.key(), QUERY, Map.of("n", pageSize));
        return statements.get() - before;
    }
}
