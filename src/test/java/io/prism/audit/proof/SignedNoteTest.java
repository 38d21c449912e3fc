package io.prism.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SignedNote}: the syntax of C2SP signed notes, without keys. */
class SignedNoteTest {

    private static final byte[] SIGNATURE = new byte[64];
    private static final String SIGNATURE_BASE64 =
            Base64.getEncoder().encodeToString(ByteBuffer.allocate(68).putInt(0x01020304).put(SIGNATURE).array());
    private static final String LINE = "\u2014 example.com/log " + SIGNATURE_BASE64 + "\n";

    @Test
    void shouldWriteTheTextABlankLineAndSignatureLinesWithAnEmDashAndTheKeyIdFirst() {
        SignedNote note = new SignedNote("hello\n", List.of(new SignedNote.Signature("example.com/log", 0x01020304,
                SIGNATURE)));

        assertThat(note.format()).isEqualTo("hello\n\n" + LINE);
        assertThat(note.format()).startsWith("hello\n\n\u2014 example.com/log AQIDBA");
    }

    @Test
    void shouldReadTheTextUpToTheLastBlankLine() {
        SignedNote note = SignedNote.parse("first\n\nsecond, after a blank line\n\n" + LINE + LINE);

        assertThat(note.text()).isEqualTo("first\n\nsecond, after a blank line\n");
        assertThat(note.signatures()).hasSize(2).allSatisfy(signature -> {
            assertThat(signature.keyName()).isEqualTo("example.com/log");
            assertThat(signature.keyId()).isEqualTo(0x01020304);
            assertThat(signature.bytes()).isEqualTo(SIGNATURE);
        });
    }

    @Test
    void shouldRoundTripNotesWhoseTextIsBlankLinesOrNonAsciiText() {
        SignedNote.Signature signature = new SignedNote.Signature("k", -1, new byte[] {1, 2, 3});
        for (String text : List.of("\n", "\n\n", "a\n\n\n", "Ognuno sta solo sul cuor della terra \u00e8\n",
                "\ud83d\udd12 emoji\n")) {
            SignedNote note = new SignedNote(text, List.of(signature));

            assertThat(SignedNote.parse(note.format())).isEqualTo(note);
        }
    }

    @Test
    void shouldRejectNotesThatBreakTheFormat() {
        assertMalformed("hello\n" + LINE, "no blank line");
        assertMalformed("hello\n\n" + LINE.strip(), "ended by a newline");
        assertMalformed("hello\n\n", "ended by a newline");
        assertMalformed("hello\n\n" + LINE.replace('\u2014', '-'), "does not start with an em dash");
        assertMalformed("hello\n\n" + LINE.replace("\u2014 ", "\u2014"), "does not start with an em dash");
        assertMalformed("hello\n\n\u2014 example.com/log\n", "no space between");
        assertMalformed("hello\n\n\u2014 example.com/log not-base64!\n", "not base64");
        assertMalformed("hello\n\n\u2014 example.com/log " + SIGNATURE_BASE64.replace("=", "") + "\n",
                "canonical padded base64");
        assertMalformed("hello\n\n\u2014 example.com/log AQIDBA==\n", "too short");
        assertMalformed("hello\n\n\u2014  " + SIGNATURE_BASE64 + "\n", "key name must be non-empty");
        assertMalformed("hello\n\n\u2014 a+b " + SIGNATURE_BASE64 + "\n", "space or a plus sign");
        assertMalformed("hel\u0000lo\n\n" + LINE, "control character U+0000");
        assertMalformed("hello\r\n\n" + LINE, "control character U+000D");
        assertMalformed("hel\ud800lo\n\n" + LINE, "unpaired surrogate");
        assertMalformed("hello\n\n" + String.join("", Collections.nCopies(101, LINE)), "more than 100");
        assertMalformed(null, "null");
        assertThat(SignedNote.parse("hello\n\n" + String.join("", Collections.nCopies(100, LINE))).signatures())
                .hasSize(100);
    }

    @Test
    void shouldRejectTextsAndKeyNamesThatANoteCannotHold() {
        assertThatThrownBy(() -> SignedNote.requireText("no newline")).hasMessageContaining("end with a newline");
        assertThatThrownBy(() -> SignedNote.requireText("")).hasMessageContaining("end with a newline");
        assertThatThrownBy(() -> SignedNote.requireText("bell\u0007\n")).hasMessageContaining("U+0007");
        for (String name : List.of("", "a b", "a+b", "a\u00a0b", "a\u2003b", "a\tb", "a\u0085b", "a\u2028b")) {
            assertThatThrownBy(() -> SignedNote.requireKeyName(name)).as("%s", name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SignedNote.requireKeyName("a\u0001b")).hasMessageContaining("U+0001");
        SignedNote.requireKeyName("example.com/\u00e9t\u00e9");
    }

    @Test
    void shouldComputeTheKeyIdFromTheNameANewlineTheTypeByteAndThePublicKey() throws Exception {
        byte[] publicKey = new byte[32];
        publicKey[0] = 9;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("example.com/log".getBytes(StandardCharsets.UTF_8));
        sha.update(new byte[] {0x0a, 0x01});
        byte[] hash = sha.digest(publicKey);

        assertThat(SignedNote.keyId("example.com/log", publicKey)).isEqualTo(ByteBuffer.wrap(hash, 0, 4).getInt());
        assertThatThrownBy(() -> SignedNote.keyId("example.com/log", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void shouldNeedOneToAHundredSignaturesAndCopyThem() {
        byte[] bytes = {1, 2};
        SignedNote.Signature signature = new SignedNote.Signature("k", 7, bytes);
        bytes[0] = 9;
        signature.bytes()[1] = 9;

        assertThat(signature.bytes()).containsExactly(1, 2);
        assertThat(signature).isEqualTo(new SignedNote.Signature("k", 7, new byte[] {1, 2}))
                .hasSameHashCodeAs(new SignedNote.Signature("k", 7, new byte[] {1, 2}));
        assertThat(signature.toString()).contains("00000007");
        assertThatThrownBy(() -> new SignedNote("t\n", List.of())).hasMessageContaining("1 to 100 signatures");
        assertThatThrownBy(() -> new SignedNote.Signature("k", 7, new byte[0])).hasMessageContaining("empty");
    }

    private static void assertMalformed(String note, String messagePart) {
        assertThatThrownBy(() -> SignedNote.parse(note)).as("%s", note)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }
}
