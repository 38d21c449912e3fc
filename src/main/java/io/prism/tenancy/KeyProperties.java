package io.prism.tenancy;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the API key lifecycle under {@code prism.keys.*} (for example {@code PRISM_KEYS_ROTATION_OVERLAP}).
 * They are checked when the service starts, so a contradictory setting stops it with a message naming the key.
 *
 * @param rotationOverlap    how long a rotated key keeps working when {@code rotateApiKey} does not say
 * @param maxRotationOverlap the longest overlap a caller may ask for
 * @param lastUsedInterval   how often the times keys were last used are written to the database: the precision
 *                           of {@code ApiKey.lastUsedAt}, and at most one write per key per interval and replica
 * @param failureLimit       the limit on failed authentications per source
 */
@ConfigurationProperties("prism.keys")
public record KeyProperties(@DefaultValue("24h") Duration rotationOverlap,
                            @DefaultValue("7d") Duration maxRotationOverlap,
                            @DefaultValue("1m") Duration lastUsedInterval,
                            @DefaultValue FailureLimit failureLimit) {

    public KeyProperties {
        if (rotationOverlap.isNegative() || rotationOverlap.compareTo(maxRotationOverlap) > 0) {
            throw new IllegalArgumentException("prism.keys.rotation-overlap (" + rotationOverlap
                    + ") must be between 0 and prism.keys.max-rotation-overlap (" + maxRotationOverlap + ")");
        }
        if (maxRotationOverlap.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("prism.keys.max-rotation-overlap (" + maxRotationOverlap
                    + ") must be at most " + Integer.MAX_VALUE + " seconds");
        }
        if (lastUsedInterval.toMillis() < 1) {
            throw new IllegalArgumentException("prism.keys.last-used-interval (" + lastUsedInterval
                    + ") must be positive");
        }
    }

    /**
     * Failed authentications allowed per source (the client address) before the source is refused with
     * RATE_LIMITED. The allowance refills evenly: {@code attempts} per {@code period}.
     *
     * @param attempts       failed authentications a source may make in a burst
     * @param period         time in which a spent allowance refills completely
     * @param maxSources     most sources tracked at once (the least recently seen are dropped first)
     * @param trustedProxies addresses or CIDR blocks of reverse proxies whose {@code X-Forwarded-For} names the
     *                       source; empty (the default): the header is ignored and the connection's address counts
     */
    public record FailureLimit(@DefaultValue("60") int attempts, @DefaultValue("1m") Duration period,
                               @DefaultValue("100000") int maxSources,
                               @DefaultValue List<String> trustedProxies) {

        public FailureLimit {
            if (attempts < 1 || maxSources < 1 || period.toMillis() < 1) {
                throw new IllegalArgumentException("prism.keys.failure-limit: attempts (" + attempts
                        + "), max-sources (" + maxSources + ") and period (" + period + ") must be positive");
            }
            trustedProxies = List.copyOf(trustedProxies);
        }
    }
}
