package io.prism.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bucket store named by configuration. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    /** The store named by {@code prism.rate-limits.backend}; PostgreSQL uses the service's own pool. */
    @Bean
    BucketStore bucketStore(RateLimitProperties properties, DataSource dataSource, MeterRegistry registry) {
        return switch (properties.backend()) {
            case MEMORY -> new MemoryBuckets(properties.maxBuckets(), registry);
            case POSTGRES -> new PostgresBuckets(dataSource);
        };
    }
}
