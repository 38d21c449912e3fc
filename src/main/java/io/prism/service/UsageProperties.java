package io.prism.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of usage metering under {@code prism.usage.*} (for example {@code PRISM_USAGE_FLUSHINTERVAL}).
 *
 * @param flushInterval how often each replica adds the counts it holds in memory to the database: how far the
 *                      {@code usage} report may trail another replica's traffic (the replica that answers the report
 *                      adds its own counts first), and what a replica that dies without shutting down may lose
 */
@ConfigurationProperties("prism.usage")
public record UsageProperties(@DefaultValue("30s") Duration flushInterval) {

    public UsageProperties {
        if (flushInterval.toMillis() < 1) {
            throw new IllegalArgumentException("prism.usage.flush-interval (" + flushInterval + ") must be positive");
        }
    }
}
