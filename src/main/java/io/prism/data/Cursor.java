package io.prism.data;

import io.prism.error.PrismException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort-key values of a row, joined and base64url-encoded with a version tag. A cursor
 * that does not decode to the expected number of parts is bad input.
 */
public final class Cursor {

    private static final String VERSION = "v1";
    private static final char SEP = '\u001f';

    private Cursor() {
    }

    public static String encode(List<String> parts) {
        StringBuilder s = new StringBuilder(VERSION);
        for (String part : parts) {
            s.append(SEP).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of {@code cursor}; throws BAD_USER_INPUT on the {@code after} argument when it is not ours. */
    public static List<String> decode(String cursor, int expectedParts) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEP) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (parts.size() != expectedParts + 1 || !VERSION.equals(parts.get(0))) {
            throw invalid();
        }
        return List.copyOf(parts.subList(1, parts.size()));
    }

    private static PrismException invalid() {
        return PrismException.badInput("after is not a valid cursor of this list", "after");
    }
}
