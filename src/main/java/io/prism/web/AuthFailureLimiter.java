package io.prism.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.prism.tenancy.KeyProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Slows down key guessing: each source (client address, see {@link ClientAddress}) may fail authentication
 * {@code prism.keys.failure-limit.attempts} times in a burst, refilled evenly over the period. A source whose
 * allowance is spent is refused before its key is even looked up, until it refills. Only failures are charged, so
 * a client whose keys work is never limited here. The buckets live in this replica's memory, in a bounded cache:
 * a bucket idle for a whole period is full again and is dropped, and beyond the bound the least recently seen
 * sources go first.
 */
@Component
public class AuthFailureLimiter {

    private final Bandwidth allowance;
    private final Cache<String, Bucket> buckets;
    private final ClientAddress clientAddress;

    public AuthFailureLimiter(KeyProperties properties) {
        KeyProperties.FailureLimit limit = properties.failureLimit();
        this.allowance = Bandwidth.builder().capacity(limit.attempts())
                .refillGreedy(limit.attempts(), limit.period()).build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.maxSources())
                .expireAfterAccess(limit.period().toNanos(), TimeUnit.NANOSECONDS)
                .build();
        this.clientAddress = new ClientAddress(limit.trustedProxies());
    }

    /** The source the request is counted against. */
    public String source(HttpServletRequest request) {
        return clientAddress.source(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
    }

    /** Whole seconds until the source may try again (at least 1), or 0 when it may try now; charges nothing. */
    public long retryAfterSeconds(String source) {
        Bucket bucket = buckets.getIfPresent(source);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(
                probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Charges one failed authentication to the source. */
    public void failed(String source) {
        buckets.get(source, s -> Bucket.builder().addLimit(allowance).build()).tryConsume(1);
    }
}
