package io.prism.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code prism.rate-limits.*} as Spring binds it: the documented defaults and the per-operation budget names. */
class RateLimitPropertiesTest {

    private static RateLimitProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("prism.rate-limits", RateLimitProperties.class);
    }

    @Test
    void shouldDefaultToMemoryBucketsAndTheTierFigures() {
        RateLimitProperties p = bind(Map.of());
        assertThat(p.enabled()).isTrue();
        assertThat(p.backend()).isEqualTo(RateLimitProperties.Backend.MEMORY);
        assertThat(p.tiers()).isEqualTo(new RateLimitProperties.Tiers(100, 1000, 10000));
        assertThat(p.operations()).isEmpty();
        assertThat(p.maxBuckets()).isEqualTo(100_000);
        assertThat(p.overrideRefresh()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldBindTheBackendTiersAndOperationBudgetsByName() {
        RateLimitProperties p = bind(Map.of("prism.rate-limits.backend", "postgres",
                "prism.rate-limits.tiers.free", "60",
                "prism.rate-limits.operations.speed-feed", "300",
                "prism.rate-limits.operations[MyDashboard]", "50"));
        assertThat(p.backend()).isEqualTo(RateLimitProperties.Backend.POSTGRES);
        assertThat(p.tiers().free()).isEqualTo(60);
        assertThat(p.tiers().pro()).isEqualTo(1000);
        assertThat(p.operations()).containsOnly(Map.entry("speed-feed", 300), Map.entry("MyDashboard", 50));
    }
}
