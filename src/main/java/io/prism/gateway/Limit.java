package io.prism.gateway;

import java.util.Locale;

/**
 * A limit of {@code prism.query-limits}, named as responses, logs and metrics name it. Each one's message tells the
 * caller what to change.
 */
public enum Limit {
    /** The query document's size in UTF-8 bytes, checked before parsing. */
    DOCUMENT_BYTES("documentBytes", "The query document has %d bytes; the maximum is %d. Send a shorter document"),
    /** Grammar tokens the parser reads; it gives up past the maximum, so the actual count is not known. */
    TOKENS("tokens", "The query document has more than %2$d tokens (names, punctuation and values); the maximum "
            + "is %2$d"),
    /** Deepest field nesting. */
    DEPTH("depth", "The operation nests fields %d deep; the maximum depth is %d"),
    /** Aliased fields. */
    ALIASES("aliases", "The operation has %d aliased fields; the maximum is %d"),
    /** Fields selected at the root. */
    ROOT_FIELDS("rootFields", "The operation selects %d root fields; the maximum is %d. Split it into several "
            + "operations"),
    /** Static cost in units. */
    COST("cost", "The operation costs %d units; the maximum is %d. Ask for fewer items (first) or fewer nested "
            + "lists; docs/query-cost.md explains the cost");

    private final String key;
    private final String message;

    Limit(String key, String message) {
        this.key = key;
        this.message = message;
    }

    /** The name in {@code extensions.limit}, in the cost report and in the metrics' {@code limit} tag. */
    public String key() {
        return key;
    }

    /** The message telling the caller that {@code actual} exceeds {@code maximum}. */
    public String message(int actual, int maximum) {
        return String.format(Locale.ROOT, message, actual, maximum);
    }
}
