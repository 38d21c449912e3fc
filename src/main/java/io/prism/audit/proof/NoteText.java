package io.prism.audit.proof;

import java.util.Arrays;
import java.util.Base64;

/**
 * The text rules shared by checkpoints, signed notes and key strings: strict standard base64 (RFC 4648 §4, as the
 * C2SP specifications use it) and the characters a signed note may contain (C2SP signed-note, "Format").
 */
final class NoteText {

    private NoteText() {
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Decodes standard base64 in its one canonical form: padded, no line breaks, unused bits zero. The JDK's
     * decoder alone also accepts input without padding, so the result is encoded again and compared.
     *
     * @throws IllegalArgumentException naming {@code what} if {@code text} is not canonical base64
     */
    static byte[] decodeBase64(String text, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64: " + e.getMessage(), e);
        }
        if (!base64(bytes).equals(text)) {
            throw new IllegalArgumentException(what + " is not in canonical padded base64");
        }
        return bytes;
    }

    /**
     * Checks the C2SP rule that a signed note is valid UTF-8 with no ASCII control characters other than newline.
     * A Java string is UTF-8 encodable unless it holds an unpaired surrogate.
     *
     * @throws IllegalArgumentException naming {@code what} and the offending position otherwise
     */
    static void requireNoteCharacters(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new IllegalArgumentException(what + " has the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i);
            }
            if (Character.isSurrogate(c) && !isSurrogatePairAt(text, i)) {
                throw new IllegalArgumentException(what + " has an unpaired surrogate at position " + i);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean isSurrogatePairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** {@code a || b || ...}. */
    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, offset, part.length);
            offset += part.length;
        }
        return result;
    }

    /** {@code bytes[from:]}. */
    static byte[] tail(byte[] bytes, int from) {
        return Arrays.copyOfRange(bytes, from, bytes.length);
    }
}
