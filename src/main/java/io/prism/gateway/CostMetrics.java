package io.prism.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The gateway's meters: the static cost of every measured operation ({@code prism.query.cost}, by door) and every
 * limit exceeded ({@code prism.query.limit.exceeded}, by limit and outcome: {@code rejected}, or {@code measured}
 * in measure-only mode). On {@code /actuator/prometheus} they are {@code prism_query_cost_units_*} and
 * {@code prism_query_limit_exceeded_total}.
 */
@Component
public class CostMetrics {

    /** Name of the cost distribution. */
    public static final String COST = "prism.query.cost";
    /** Name of the counter of limits exceeded. */
    public static final String EXCEEDED = "prism.query.limit.exceeded";

    private final MeterRegistry registry;

    public CostMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the cost of an operation that came through {@code door} ({@code graphql} or {@code rest}). */
    void cost(String door, int cost) {
        DistributionSummary.builder(COST).baseUnit("units").description("Static cost of GraphQL operations")
                .tag("door", door).register(registry).record(cost);
    }

    /** Counts a limit exceeded: rejected, or only measured. */
    void exceeded(Limit limit, boolean rejected) {
        Counter.builder(EXCEEDED).description("GraphQL operations over a query limit")
                .tag("limit", limit.key()).tag("outcome", rejected ? "rejected" : "measured")
                .register(registry).increment();
    }
}
