package io.prism.error;

/**
 * The one error taxonomy of the service. GraphQL errors carry the name in {@code extensions.code}; REST answers
 * use the matching HTTP status.
 */
public enum ErrorCode {
    /** No API key, or a key that is malformed, unknown, revoked or expired. HTTP 401. */
    UNAUTHENTICATED(401, true),
    /**
     * The key is valid but may not do this: it lacks the scope, or its tenant runs only trusted documents. HTTP 403.
     */
    FORBIDDEN(403, true),
    /** The object does not exist or belongs to another tenant (the two are never told apart). HTTP 404. */
    NOT_FOUND(404, false),
    /** The request is malformed or a value is out of range; nothing was changed. HTTP 400. */
    BAD_USER_INPUT(400, true),
    /** The tenant's rate limit is spent. HTTP 429. */
    RATE_LIMITED(429, true),
    /** The tenant's usage budget is spent. HTTP 402. */
    BUDGET_EXCEEDED(402, true),
    /** The request would move data out of the tenant's region. HTTP 403. */
    RESIDENCY_VIOLATION(403, true),
    /** A dependency (the database) cannot be reached; retry later. HTTP 503. */
    UNAVAILABLE(503, false),
    /** An unexpected failure; the correlation id finds it in the logs. HTTP 500. */
    INTERNAL(500, false);

    private final int httpStatus;
    private final boolean refusal;

    ErrorCode(int httpStatus, boolean refusal) {
        this.httpStatus = httpStatus;
        this.refusal = refusal;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the code refuses a request as it was asked, before anything of it is done: the caller may not do it,
     * or asked for something invalid or over a limit. A root field refused so is not charged (docs/rate-limits.md).
     * NOT_FOUND is not a refusal (the lookup ran), nor are UNAVAILABLE and INTERNAL (the work was attempted).
     */
    public boolean refusal() {
        return refusal;
    }

    /** The code an error's {@code extensions.code} names, or INTERNAL for a missing or unknown one. */
    public static ErrorCode of(Object code) {
        for (ErrorCode c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return INTERNAL;
    }
}
