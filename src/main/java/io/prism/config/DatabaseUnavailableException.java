package io.prism.config;

/** The service cannot start because its database is not configured or cannot be reached. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String action;

    public DatabaseUnavailableException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** What the operator should do about it. */
    public String action() {
        return action;
    }
}
