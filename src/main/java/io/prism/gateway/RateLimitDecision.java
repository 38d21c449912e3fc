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
 * @param remaining         units left in it after this operation (before it, when refused); never below 0, even
 *                          when an operation costing more than the whole budget left it in debt
 * @param resetSeconds      whole seconds until it is full again (rounded up; 0 when full)
 * @param retryAfterSeconds when refused, whole seconds (at least 1) until this operation may run; 0 when admitted
 * @param cost              units this operation is charged
 */
public record RateLimitDecision(boolean admitted, String bucket, long limit, long remaining, long resetSeconds,
                                long retryAfterSeconds, long cost) {

    /** Key of the decision in the GraphQL context. */
    public static final String KEY = RateLimitDecision.class.getName();

    public RateLimitDecision {
        remaining = Math.max(0, remaining);
    }

    /** The response headers: the IETF RateLimit fields, their older X-RateLimit forms and, if refused, Retry-After. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Limit", Long.toString(limit));
        headers.put("RateLimit-Remaining", Long.toString(remaining));
        headers.put("RateLimit-Reset", Long.toString(resetSeconds));
        headers.put("X-RateLimit-Limit", Long.toString(limit));
        headers.put("X-RateLimit-Remaining", Long.toString(remaining));
        headers.put("X-RateLimit-Reset", Long.toString(resetSeconds));
        if (!admitted) {
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
        details.put("retryAfterSeconds", retryAfterSeconds);
        details.put("cost", cost);
        return details;
    }
}
