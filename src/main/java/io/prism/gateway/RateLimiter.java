package io.prism.gateway;

import graphql.GraphQLContext;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.generated.rest.RestRoutes;
import io.prism.service.RequestContext;
import io.prism.tenancy.Principal;
import io.prism.web.rest.RestOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rate limits in cost units, checked for every operation on both doors once its cost is known and before anything
 * runs. Each operation is charged its computed cost (at least one unit) from its tenant's bucket, which holds the
 * tenant's limit per minute; when the operation has a budget of its own in {@code prism.rate-limits.operations},
 * the tenant's bucket for that operation is charged too, and the operation runs only if both have the units.
 * The decision goes into the GraphQL context for the response headers; a refusal is RATE_LIMITED with the
 * figures. The platform operator's key is not limited: it is the way out when a limit is set wrong. Once the
 * operation has finished, the units of the root fields a refusal stopped before they ran are given back
 * ({@link #settle}): only what ran is charged.
 *
 * <p>When the buckets' store cannot be reached (the PostgreSQL backend during an outage) the operation is let
 * through, logged and counted: the limiter must not turn a database outage into a total one, and work that needs
 * the database fails on its own.
 */
@Component
@Order(100)
public class RateLimiter implements AdmissionCheck {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final String TENANT = "tenant";
    private static final String CHARGE = RateLimiter.class.getName() + ".charge";

    private final RateLimitProperties properties;
    private final BucketStore buckets;
    private final TenantLimits limits;
    private final MeterRegistry registry;
    private final Map<String, String> routeOfOperation;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitProperties properties, BucketStore buckets, TenantLimits limits,
                       MeterRegistry registry) {
        this.properties = properties;
        this.buckets = buckets;
        this.limits = limits;
        this.registry = registry;
        this.routeOfOperation = RestRoutes.ALL.stream()
                .collect(Collectors.toMap(RestOperation::operationName, RestOperation::id, (a, b) -> a));
    }

    @Override
    public void admit(OperationCost cost, GraphQLContext context) {
        RequestContext ctx = context.get(RequestContext.KEY);
        if (!properties.enabled() || ctx == null || ctx.principal().operator()) {
            return;
        }
        Principal caller = ctx.principal();
        long units = Math.max(1, cost.cost());
        Charge charge;
        try {
            charge = charge(budgets(caller, cost.operation()), units);
        } catch (RuntimeException e) {
            log.warn("Rate limit not checked for tenant {}: the bucket store failed: {}", caller.tenant(),
                    e.getMessage());
            count(caller.tier(), "unchecked", units);
            return;
        }
        RateLimitDecision decision = charge.decision();
        context.put(RateLimitDecision.KEY, decision);
        count(caller.tier(), decision.admitted() ? "allowed" : "refused", units);
        if (!decision.admitted()) {
            throw new PrismException(ErrorCode.RATE_LIMITED, message(decision), List.of(), decision.details());
        }
        context.put(CHARGE, charge);
    }

    /**
     * Gives back what an admitted operation took and is not charged: all of it when every root field was refused
     * before it ran, the refused fields' cost otherwise (an operation that ran is still charged at least one unit).
     * The decision the headers show is read again from the buckets, so they tell the units left after the refund.
     */
    @Override
    public void settle(OperationCost cost, long charged, GraphQLContext context) {
        Charge charge = context.get(CHARGE);
        if (charge == null) {
            return;
        }
        long kept = charged == 0 ? 0 : Math.max(1, charged);
        long back = charge.units() - kept;
        if (back <= 0) {
            return;
        }
        RequestContext ctx = context.get(RequestContext.KEY);
        try {
            RateLimitDecision tightest = null;
            for (int i = 0; i < charge.buckets().size(); i++) {
                Bucket bucket = charge.buckets().get(i);
                bucket.addTokens(back);
                RateLimitDecision decision = standing(bucket, charge.budgets().get(i), kept);
                if (tightest == null || decision.remaining() < tightest.remaining()) {
                    tightest = decision;
                }
            }
            context.put(RateLimitDecision.KEY, tightest);
            count(ctx.principal().tier(), "refunded", back);
        } catch (RuntimeException e) {
            log.warn("Could not give back {} units to tenant {}: the bucket store failed: {}", back,
                    ctx.principal().tenant(), e.getMessage());
        }
    }

    /** What an admitted operation took: its budgets, their buckets in the same order, and the units taken. */
    record Charge(RateLimitDecision decision, List<Budget> budgets, List<Bucket> buckets, long units) {
    }

    /** A budget to charge: what the headers call it, its bucket key and its size. */
    record Budget(String name, String key, long unitsPerMinute) {
    }

    /** The operation's own budget, when configured, then the tenant's. */
    List<Budget> budgets(Principal caller, String operation) {
        List<Budget> budgets = new ArrayList<>(2);
        String name = budgetName(operation);
        Integer perOperation = name == null ? null : properties.operations().get(name);
        if (perOperation != null) {
            budgets.add(new Budget("operation:" + name,
                    "operation:" + caller.tenant() + ":" + name + ":" + perOperation, perOperation));
        }
        int tenantLimit = limits.limitOf(caller.tenant(), caller.tier());
        budgets.add(new Budget(TENANT, "tenant:" + caller.tenant() + ":" + tenantLimit, tenantLimit));
        return budgets;
    }

    /** The budget name of an operation: a REST route id, also for the GraphQL operation that route runs. */
    String budgetName(String operation) {
        if (operation == null || operation.isBlank()) {
            return null;
        }
        return routeOfOperation.getOrDefault(operation, operation);
    }

    /**
     * Takes {@code units} from every budget in order. When one lacks them, what the earlier ones gave is put back
     * and the refusal describes the one that said no; when all give, the decision describes the one with the
     * fewest units left.
     */
    Charge charge(List<Budget> budgets, long units) {
        List<Bucket> charged = new ArrayList<>(budgets.size());
        RateLimitDecision tightest = null;
        for (Budget budget : budgets) {
            Bucket bucket = buckets.bucket(budget.key(), budget.unitsPerMinute());
            RateLimitDecision decision = take(bucket, budget, units);
            if (!decision.admitted()) {
                charged.forEach(b -> b.addTokens(units));
                return new Charge(decision, budgets, List.of(), 0);
            }
            charged.add(bucket);
            if (tightest == null || decision.remaining() < tightest.remaining()) {
                tightest = decision;
            }
        }
        return new Charge(tightest, budgets, charged, units);
    }

    /** A budget's figures as its bucket stands now, for an operation charged {@code cost} units. */
    private static RateLimitDecision standing(Bucket bucket, Budget budget, long cost) {
        long limit = budget.unitsPerMinute();
        long available = bucket.getAvailableTokens();
        long resetNanos = Math.max(0, limit - available) * BucketStore.PERIOD.toNanos() / limit;
        return new RateLimitDecision(true, budget.name(), limit, available, seconds(resetNanos), 0, cost);
    }

    /**
     * Takes {@code units} from one budget's bucket. An operation that costs more than the whole budget (the query
     * limits allow costs far above the FREE tier's 100 units) runs only from a full bucket: it takes all of it and
     * leaves the bucket in debt for the rest, so the tenant waits until the debt is paid back and over time still
     * spends no more than its limit. Taking the full bucket is one atomic step, so two such operations never share
     * one full bucket.
     */
    private static RateLimitDecision take(Bucket bucket, Budget budget, long units) {
        long limit = budget.unitsPerMinute();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.min(units, limit));
        if (!probe.isConsumed()) {
            return new RateLimitDecision(false, budget.name(), limit, probe.getRemainingTokens(),
                    seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())),
                    units);
        }
        long debt = units - Math.min(units, limit);
        if (debt > 0) {
            bucket.consumeIgnoringRateLimits(debt);
        }
        long resetNanos = probe.getNanosToWaitForReset() + debt * BucketStore.PERIOD.toNanos() / limit;
        return new RateLimitDecision(true, budget.name(), limit, probe.getRemainingTokens() - debt,
                seconds(resetNanos), 0, units);
    }

    /** Nanoseconds as whole seconds, rounded up. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private static String message(RateLimitDecision d) {
        String budget = d.bucket().equals(TENANT) ? "the tenant's limit of " + d.limit() + " units per minute"
                : "the budget of " + d.limit() + " units per minute for " + d.bucket().substring("operation:".length());
        if (d.cost() > d.limit()) {
            return "Rate limit reached: this operation costs " + d.cost() + " units, more than " + budget
                    + ", so it runs only when the budget is full; retry in " + d.retryAfterSeconds() + " s";
        }
        return "Rate limit reached: this operation costs " + d.cost() + " units and " + d.remaining() + " of "
                + budget + " are left; retry in " + d.retryAfterSeconds() + " s";
    }

    private void count(String tier, String outcome, long units) {
        counters.computeIfAbsent(tier + '/' + outcome, k -> Counter.builder("prism.rate-limit.units")
                .description("Cost units of operations checked against rate limits, by tier and outcome")
                .tags("tier", tier, "outcome", outcome).register(registry)).increment(units);
    }
}
