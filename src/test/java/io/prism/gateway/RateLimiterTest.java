package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.service.RequestContext;
import io.prism.tenancy.Principal;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limiter's decisions on in-memory buckets: charging in cost units, refusals with their figures, per-operation
 * budgets, the headers and the metrics. FREE and PRO limits come from configuration alone, so no database is
 * involved here; the shared PostgreSQL backend and the HTTP doors have tests of their own.
 */
class RateLimiterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private RateLimiter limiter(Map<String, Integer> operations) {
        RateLimitProperties properties = new RateLimitProperties(true, RateLimitProperties.Backend.MEMORY,
                new RateLimitProperties.Tiers(100, 1000, 10000), operations, 1000, Duration.ofSeconds(30));
        return new RateLimiter(properties, new MemoryBuckets(1000, registry),
                new TenantLimits(properties, null, null), registry);
    }

    private static GraphQLContext context(String tier, boolean operator) {
        Principal principal = new Principal(new TenantId(UUID.randomUUID()), "Test shop", tier, UUID.randomUUID(),
                "prefix", Set.of(Scope.READ), operator, false);
        return GraphQLContext.of(Map.of(RequestContext.KEY, new RequestContext(principal, "cid", null, null)));
    }

    private static OperationCost cost(String operation, int units) {
        return new OperationCost(operation, units, 2, 0, 1, 100);
    }

    @Test
    void shouldChargeTheOperationsCostFromTheTenantsBucket() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Materials", 30), ctx);
        limiter.admit(cost("Materials", 30), ctx);
        RateLimitDecision d = ctx.get(RateLimitDecision.KEY);
        assertThat(d.admitted()).isTrue();
        assertThat(d.bucket()).isEqualTo("tenant");
        assertThat(d.limit()).isEqualTo(100);
        assertThat(d.remaining()).isBetween(40L, 41L);
        assertThat(d.cost()).isEqualTo(30);
        assertThat(d.resetSeconds()).isBetween(35L, 36L);
        assertThat(d.headers()).containsEntry("RateLimit-Limit", "100").containsEntry("X-RateLimit-Limit", "100")
                .containsKeys("RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Remaining", "X-RateLimit-Reset")
                .doesNotContainKey("Retry-After");
    }

    @Test
    void shouldRefuseWithTheFiguresWhenTheBucketLacksTheUnits() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("SpeedFeed", 95), ctx);
        assertThatThrownBy(() -> limiter.admit(cost("SpeedFeed", 20), ctx))
                .isInstanceOfSatisfying(PrismException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("costs 20 units").contains("retry in");
                    assertThat(e.details()).containsEntry("limit", 100L).containsEntry("cost", 20L)
                            .containsEntry("bucket", "tenant").containsKeys("remaining", "resetSeconds",
                                    "retryAfterSeconds");
                });
        RateLimitDecision d = ctx.get(RateLimitDecision.KEY);
        assertThat(d.admitted()).isFalse();
        assertThat(d.remaining()).isBetween(5L, 6L);
        // 14 or 15 units are missing; one unit refills every 0.6 s
        assertThat(d.retryAfterSeconds()).isBetween(8L, 10L);
        assertThat(d.headers()).containsEntry("Retry-After", Long.toString(d.retryAfterSeconds()));
    }

    @Test
    void shouldRunAnOperationCostingMoreThanTheLimitFromAFullBucketAndLeaveItInDebt() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Materials", 150), ctx);
        RateLimitDecision big = ctx.get(RateLimitDecision.KEY);
        assertThat(big.admitted()).isTrue();
        assertThat(big.remaining()).isZero();
        // 100 units refill in 60 s, the 50 units of debt in 30 s more
        assertThat(big.resetSeconds()).isBetween(89L, 90L);
        assertThatThrownBy(() -> limiter.admit(cost("Materials", 1), ctx))
                .isInstanceOfSatisfying(PrismException.class, e -> assertThat(e.details())
                        .containsEntry("remaining", 0L).containsKey("retryAfterSeconds"));
        RateLimitDecision after = ctx.get(RateLimitDecision.KEY);
        assertThat(after.retryAfterSeconds()).as("51 units at one per 0.6 s").isBetween(30L, 31L);
        assertThat(after.headers()).containsEntry("RateLimit-Remaining", "0")
                .containsEntry("Retry-After", Long.toString(after.retryAfterSeconds()));
    }

    @Test
    void shouldRefuseAnOperationCostingMoreThanTheLimitUntilTheBucketIsFull() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Materials", 40), ctx);
        assertThatThrownBy(() -> limiter.admit(cost("Materials", 150), ctx))
                .isInstanceOfSatisfying(PrismException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("150 units").contains("only when the budget is full");
                });
        RateLimitDecision d = ctx.get(RateLimitDecision.KEY);
        assertThat(d.remaining()).isBetween(60L, 61L);
        assertThat(d.retryAfterSeconds()).as("until full: 40 units at one per 0.6 s").isBetween(23L, 24L);
    }

    @Test
    void shouldChargeAtLeastOneUnit() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Me", 0), ctx);
        RateLimitDecision d = ctx.get(RateLimitDecision.KEY);
        assertThat(d.cost()).isEqualTo(1);
        assertThat(d.remaining()).isEqualTo(99);
    }

    @Test
    void shouldGiveEachTierItsLimitAndKeepTenantsApart() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext free = context("FREE", false);
        GraphQLContext pro = context("PRO", false);
        GraphQLContext enterprise = context("ENTERPRISE", false);
        limiter.admit(cost("Materials", 100), free);
        assertThatThrownBy(() -> limiter.admit(cost("Materials", 10), free)).isInstanceOf(PrismException.class);
        limiter.admit(cost("Materials", 10), pro);
        assertThat(((RateLimitDecision) pro.get(RateLimitDecision.KEY)).limit()).isEqualTo(1000);
        assertThat(((RateLimitDecision) pro.get(RateLimitDecision.KEY)).remaining()).isEqualTo(990);
        assertThat(new TenantLimits(new RateLimitProperties(true, null, new RateLimitProperties.Tiers(100, 1000,
                10000), null, 10, Duration.ofSeconds(1)), null, null).limitOf(TenantId.GLOBAL, "PRO"))
                .isEqualTo(1000);
        assertThat(enterprise.hasKey(RateLimitDecision.KEY)).isFalse();
    }

    @Test
    void shouldNotLimitThePlatformOperator() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext operator = context("ENTERPRISE", true);
        for (int i = 0; i < 5; i++) {
            limiter.admit(cost("CreateTenant", 1_000_000), operator);
        }
        assertThat(operator.hasKey(RateLimitDecision.KEY)).isFalse();
    }

    @Test
    void shouldChargeAnOperationsOwnBudgetAndPutTheTenantsUnitsBackWhenItRefuses() {
        RateLimiter limiter = limiter(Map.of("speed-feed", 30));
        GraphQLContext ctx = context("PRO", false);
        limiter.admit(cost("speed-feed", 20), ctx);
        RateLimitDecision first = ctx.get(RateLimitDecision.KEY);
        assertThat(first.bucket()).isEqualTo("operation:speed-feed");
        assertThat(first.limit()).isEqualTo(30);
        assertThat(first.remaining()).isEqualTo(10);
        // the GraphQL operation the route runs draws from the same budget
        assertThatThrownBy(() -> limiter.admit(cost("SpeedFeed", 20), ctx))
                .isInstanceOfSatisfying(PrismException.class, e -> assertThat(e.getMessage())
                        .contains("budget of 30 units per minute for speed-feed"));
        limiter.admit(cost("Materials", 10), ctx);
        RateLimitDecision tenant = ctx.get(RateLimitDecision.KEY);
        assertThat(tenant.bucket()).isEqualTo("tenant");
        assertThat(tenant.remaining()).as("only the admitted operations are charged to the tenant")
                .isEqualTo(1000 - 20 - 10);
    }

    @Test
    void shouldPutTheOperationsUnitsBackWhenTheTenantRefuses() {
        RateLimiter limiter = limiter(Map.of("materials", 500));
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Me", 60), ctx);
        assertThatThrownBy(() -> limiter.admit(cost("materials", 50), ctx))
                .isInstanceOfSatisfying(PrismException.class, e -> assertThat(e.details())
                        .containsEntry("bucket", "tenant"));
        limiter.admit(cost("materials", 30), ctx);
        assertThat(((RateLimitDecision) ctx.get(RateLimitDecision.KEY)).bucket())
                .as("the tighter budget is reported").isEqualTo("tenant");
        Principal caller = ((RequestContext) ctx.get(RequestContext.KEY)).principal();
        assertThat(limiter.charge(limiter.budgets(caller, "materials").subList(0, 1), 1).decision().remaining())
                .as("the refused operation's units went back").isEqualTo(500 - 30 - 1);
    }

    @Test
    void shouldGiveBackWhatAnOperationIsNotChargedOnceItHasFinished() {
        RateLimiter limiter = limiter(Map.of("materials", 500));
        GraphQLContext ctx = context("FREE", false);
        OperationCost page = cost("materials", 1000);
        limiter.admit(page, ctx);
        assertThat(((RateLimitDecision) ctx.get(RateLimitDecision.KEY)).remaining()).isZero();
        limiter.settle(page, 0, ctx);
        RateLimitDecision refunded = ctx.get(RateLimitDecision.KEY);
        assertThat(refunded.remaining()).as("every budget full again").isEqualTo(100);
        assertThat(refunded.resetSeconds()).isZero();
        assertThat(refunded.bucket()).isEqualTo("tenant");
        assertThat(registry.get("prism.rate-limit.units").tags("tier", "FREE", "outcome", "refunded").counter()
                .count()).isEqualTo(1000);

        GraphQLContext next = context("FREE", false);
        OperationCost twoFields = cost("Me", 40);
        limiter.admit(twoFields, ctx);
        limiter.settle(twoFields, 10, ctx);
        assertThat(((RateLimitDecision) ctx.get(RateLimitDecision.KEY)).remaining())
                .as("the refused field's 30 units went back").isBetween(90L, 91L);
        limiter.settle(twoFields, 0, next);
        assertThat(next.hasKey(RateLimitDecision.KEY)).as("nothing taken, nothing to give back").isFalse();
        limiter.admit(cost("Me", 5), next);
        limiter.settle(cost("Me", 5), 5, next);
        assertThat(((RateLimitDecision) next.get(RateLimitDecision.KEY)).remaining())
                .as("an operation charged in full gets nothing back").isBetween(95L, 96L);
    }

    @Test
    void shouldCountAllowedAndRefusedUnitsByTier() {
        RateLimiter limiter = limiter(Map.of());
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Materials", 60), ctx);
        assertThatThrownBy(() -> limiter.admit(cost("Materials", 60), ctx)).isInstanceOf(PrismException.class);
        assertThat(registry.get("prism.rate-limit.units").tags("tier", "FREE", "outcome", "allowed").counter()
                .count()).isEqualTo(60);
        assertThat(registry.get("prism.rate-limit.units").tags("tier", "FREE", "outcome", "refused").counter()
                .count()).isEqualTo(60);
    }

    @Test
    void shouldLetOperationsThroughWhenTheBucketStoreFails() {
        RateLimitProperties properties = new RateLimitProperties(true, RateLimitProperties.Backend.POSTGRES,
                new RateLimitProperties.Tiers(100, 1000, 10000), Map.of(), 10, Duration.ofSeconds(30));
        BucketStore broken = (key, units) -> {
            throw new IllegalStateException("connection refused");
        };
        RateLimiter limiter = new RateLimiter(properties, broken, new TenantLimits(properties, null, null),
                registry);
        GraphQLContext ctx = context("FREE", false);
        limiter.admit(cost("Materials", 500), ctx);
        assertThat(ctx.hasKey(RateLimitDecision.KEY)).isFalse();
        assertThat(registry.get("prism.rate-limit.units").tags("outcome", "unchecked").counter().count())
                .isEqualTo(500);
    }

    @Test
    void shouldRejectNonPositiveSettings() {
        assertThatThrownBy(() -> new RateLimitProperties.Tiers(0, 1000, 10000))
                .hasMessageContaining("prism.rate-limits.tiers");
        assertThatThrownBy(() -> new RateLimitProperties(true, RateLimitProperties.Backend.MEMORY,
                new RateLimitProperties.Tiers(100, 1000, 10000), Map.of("speed-feed", 0), 10, Duration.ZERO))
                .hasMessageContaining("prism.rate-limits.operations.speed-feed");
    }
}
