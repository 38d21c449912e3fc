package io.prism.error;

import java.util.List;

/**
 * A failure the client should see as it is: a code from {@link ErrorCode}, a message safe to show, and, for bad
 * input, the path of the field at fault (for example {@code input.diameterMm}).
 */
public class PrismException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> field;

    public PrismException(ErrorCode code, String message, List<String> field) {
        super(message);
        this.code = code;
        this.field = field == null ? List.of() : List.copyOf(field);
    }

    public static PrismException notFound(String what, String id) {
        return new PrismException(ErrorCode.NOT_FOUND, what + " " + id + " was not found", List.of());
    }

    public static PrismException badInput(String message, String... field) {
        return new PrismException(ErrorCode.BAD_USER_INPUT, message, List.of(field));
    }

    public static PrismException forbidden(String message) {
        return new PrismException(ErrorCode.FORBIDDEN, message, List.of());
    }

    public ErrorCode code() {
        return code;
    }

    /** Path of the input field at fault, empty when the error is not about one field. */
    public List<String> field() {
        return field;
    }
}
