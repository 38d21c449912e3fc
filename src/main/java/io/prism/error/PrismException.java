package io.prism.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client should see as it is: a code from {@link ErrorCode}, a message safe to show, for bad input
 * the path of the field at fault (for example {@code input.diameterMm}), and optional details that help the caller
 * recover (for example {@code suggestions}: the closest known codes). GraphQL shows each detail as an entry of the
 * error's {@code extensions}.
 */
public class PrismException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> field;
    private final Map<String, Object> details;

    public PrismException(ErrorCode code, String message, List<String> field) {
        this(code, message, field, Map.of());
    }

    /**
     * @param details extra facts for the client, in order; values must be plain JSON values (strings, numbers,
     *                booleans, lists and maps of them)
     */
    public PrismException(ErrorCode code, String message, List<String> field, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.field = field == null ? List.of() : List.copyOf(field);
        this.details = details == null || details.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(details));
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

    /** Extra facts for the client (for example {@code suggestions}); empty when there are none. */
    public Map<String, Object> details() {
        return details;
    }
}
