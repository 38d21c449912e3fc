package io.prism.error;

/**
 * The one error taxonomy of the service. GraphQL errors carry the name in {@code extensions.code}; REST answers
 * use the matching HTTP status.
 */
public enum ErrorCode {
    /** No API key, or a key that is malformed, unknown, revoked or expired. HTTP 401. */
    UNAUTHENTICATED(401),
    /**
     * The key is valid but may not do this: it lacks the scope, or its tenant runs only trusted documents. HTTP 403.
     */
    FORBIDDEN(403),
    /** The object does not exist or belongs to another tenant (the two are never told apart). HTTP 404. */
    NOT_FOUND(404),
    /** The request is malformed or a value is out of range; nothing was changed. HTTP 400. */
    BAD_USER_INPUT(400),
    /** The tenant's rate limit is spent. HTTP 429. */
    RATE_LIMITED(429),
    /** The tenant's usage budget is spent. HTTP 402. */
    BUDGET_EXCEEDED(402),
    /** The request would move data out of the tenant's region. HTTP 403. */
    RESIDENCY_VIOLATION(403),
    /** A dependency (the database) cannot be reached; retry later. HTTP 503. */
    UNAVAILABLE(503),
    /** An unexpected failure; the correlation id finds it in the logs. HTTP 500. */
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
