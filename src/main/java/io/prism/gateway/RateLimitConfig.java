package io.prism.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/** The rate limiter's parts chosen by configuration: the bucket store, and the GraphQL endpoint's 429 status. */
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

    /** Replaces the default GraphQL HTTP handler (same behaviour) to answer a refused operation with 429. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new RateLimitedGraphQlHttpHandler(webGraphQlHandler);
    }
}
