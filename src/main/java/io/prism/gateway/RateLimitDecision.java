package io.prism.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the rate limiter decided for one operation, in the figures the response reports. The limiter stores it in
 * the GraphQL context under {@link #KEY}; {@code RateLimitHeaders} turns it into response headers on both doors.
 *
 * @param admitted          whether the operation may run
 * @param bucket            which budget the figures describe: {@code tenant}, or {@code operation:<name>} for a
 *                          per-operation budget
 * @param limit             cost units per minute of that budget
 * @param remaining         units left in it after this operation (before it, when refused)
 * @param resetSeconds      whole seconds until it is full again (rounded up; 0 when full)
 * @param retryAfterSeconds when refused, whole seconds (at least 1) until this operation's cost is available
 *                          again; 0 when admitted, or when the operation costs more than the whole budget and
 *                          waiting cannot help
 * @param cost              units this operation is charged
 */
public record RateLimitDecision(boolean admitted, String bucket, long limit, long remaining, long resetSeconds,
                                long retryAfterSeconds, long cost) {

    /** Key of the decision in the GraphQL context. */
    public static final String KEY = RateLimitDecision.class.getName();

    /** True when the operation was refused but waiting {@link #retryAfterSeconds} would let it through. */
    public boolean retryable() {
        return !admitted && retryAfterSeconds > 0;
    }

    /**
     * The response headers: the IETF RateLimit fields and their older X-RateLimit forms, plus Retry-After when
     * the operation was refused and waiting helps.
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", Long.toString(limit));
        headers.put("RateLimit-Remaining", Long.toString(remaining));
        headers.put("RateLimit-Reset", Long.toString(resetSeconds));
        headers.put("X-RateLimit-Limit", Long.toString(limit));
        headers.put("X-RateLimit-Remaining", Long.toString(remaining));
        headers.put("X-RateLimit-Reset", Long.toString(resetSeconds));
        if (retryable()) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds));
        }
        return headers;
    }

    /** The figures a refusal carries in {@code extensions} (GraphQL) and the problem body (REST). */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bucket", bucket);
        details.put("limit", limit);
        details.put("remaining", remaining);
        details.put("resetSeconds", resetSeconds);
        if (retryAfterSeconds > 0) {
            details.put("retryAfterSeconds", retryAfterSeconds);
        }
        details.put("cost", cost);
        return details;
    }
}
