package io.prism.data;

import io.prism.error.PrismException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Cursor() {
    }

    public static String encode(List<String> parts) {
        StringBuilder s = new StringBuilder(VERSION);
        for (String part : parts) {
            s.append(SEP).append(part);
        }
        return ENCODER.encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The parts of {@code cursor}; throws BAD_USER_INPUT on the {@code after} argument when it is not ours: not
     * base64url exactly as {@link #encode} writes it (padding or stray bits make another string of the same bytes),
     * not UTF-8, with a NUL character (which no text column can hold), or with the wrong version or number of parts.
     */
    public static List<String> decode(String cursor, int expectedParts) {
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (!ENCODER.encodeToString(bytes).equals(cursor)) {
                throw invalid();
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        if (text.indexOf('\u0000') >= 0) {
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
