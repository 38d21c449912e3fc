package io.prism.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.audit.proof.NoteVerificationException.Reason;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@link NoteSigner} and {@link NoteVerifier}: Ed25519 signed notes, checked against the Go reference example. */
class NoteSigningTest {

    /** The example key pair and note of the documentation of golang.org/x/mod/sumdb/note. */
    private static final String GO_PRIVATE_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private static final NoteSigner SIGNER = new NoteSigner("prism.example/audit", seed(1));

    @Test
    void shouldReproduceTheGoReferenceNoteFromItsPrivateKey() {
        NoteSigner signer = NoteSigner.fromPrivateKeyString(GO_PRIVATE_KEY);

        assertThat(signer.sign(GO_TEXT)).isEqualTo(GO_NOTE);
        assertThat(signer.name()).isEqualTo("PeterNeumann");
        assertThat(HexFormat.of().toHexDigits(signer.keyId())).isEqualTo("c74f20a3");
        assertThat(signer.verifierKey()).isEqualTo(GO_VERIFIER_KEY);
    }

    @Test
    void shouldVerifyTheGoReferenceNote() {
        NoteVerifier verifier = NoteVerifier.fromVerifierKey(GO_VERIFIER_KEY);

        assertThat(verifier.verify(GO_NOTE)).isEqualTo(GO_TEXT);
        assertThat(verifier.name()).isEqualTo("PeterNeumann");
        assertThat(verifier.verifierKey()).isEqualTo(GO_VERIFIER_KEY);
        assertThat(NoteVerifier.fromPublicKey("PeterNeumann", verifier.publicKey()).verifierKey())
                .isEqualTo(GO_VERIFIER_KEY);
    }

    @Test
    void shouldDeriveThePublicKeyTheJdkGeneratesWithTheSeed() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        for (int i = 0; i < 10; i++) {
            KeyPair pair = generator.generateKeyPair();
            byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            byte[] encoded = pair.getPublic().getEncoded();

            assertThat(new NoteSigner("k", seed).publicKey())
                    .isEqualTo(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
        }
    }

    @Test
    void shouldDeriveAPublicKeyThatVerifiesTheSignersSignatures() {
        for (int i = 0; i < 20; i++) {
            NoteSigner signer = new NoteSigner("key-" + i, seed(100 + i));
            NoteVerifier verifier = NoteVerifier.fromPublicKey(signer.name(), signer.publicKey());
            String text = "checkpoint " + i + "\n";

            assertThat(verifier.verify(signer.sign(text))).isEqualTo(text);
            assertThat(NoteVerifier.fromVerifierKey(signer.verifierKey()).verify(signer.sign(text))).isEqualTo(text);
        }
    }

    @Test
    void shouldRoundTripTextsWithBlankLinesAndNonAsciiCharacters() {
        for (String text : List.of("\n", "one line\n", "a\n\nb\n", "trailing blank lines\n\n\n",
                "\u00e8 subito sera \u2014 \ud83d\udd12\n")) {
            assertThat(SIGNER.verifier().verify(SIGNER.sign(text))).isEqualTo(text);
        }
    }

    @Test
    void shouldRejectATamperedText() {
        String note = SIGNER.sign("tree size 41\n");

        assertNotVerified(() -> SIGNER.verifier().verify(note.replace("41", "42")), Reason.BAD_SIGNATURE);
        assertNotVerified(() -> SIGNER.verifier().verify("x" + note), Reason.BAD_SIGNATURE);
        assertNotVerified(() -> SIGNER.verifier().verify("\n" + note), Reason.BAD_SIGNATURE);
    }

    @Test
    void shouldRejectATamperedSignatureWhateverCharacterChanges() {
        String note = SIGNER.sign("tree size 41\n");
        int start = note.lastIndexOf(' ') + 1;
        List<String> accepted = new ArrayList<>();
        for (int i = start + 6; i < note.length() - 2; i++) {
            char replacement = note.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = note.substring(0, i) + replacement + note.substring(i + 1);
            try {
                SIGNER.verifier().verify(tampered);
                accepted.add(tampered);
            } catch (NoteVerificationException e) {
                assertThat(e.reason()).isIn(Reason.BAD_SIGNATURE, Reason.MALFORMED_NOTE);
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void shouldRejectANoteSignedByAnotherKey() {
        String byOther = new NoteSigner("other.example/log", seed(2)).sign("hello\n");
        String sameNameOtherKey = new NoteSigner("prism.example/audit", seed(3)).sign("hello\n");

        assertNotVerified(() -> SIGNER.verifier().verify(byOther), Reason.UNKNOWN_KEY);
        assertNotVerified(() -> SIGNER.verifier().verify(sameNameOtherKey), Reason.UNKNOWN_KEY);
        assertNotVerified(() -> NoteVerifier.fromVerifierKey(GO_VERIFIER_KEY).verify(byOther), Reason.UNKNOWN_KEY);
    }

    @Test
    void shouldRejectASignatureThatClaimsTheKeyNameAndIdButWasMadeByAnotherKey() {
        NoteSigner impostor = new NoteSigner("other", seed(4));
        SignedNote forged = SignedNote.parse(impostor.sign("hello\n"));
        byte[] forgedBytes = forged.signatures().get(0).bytes();
        SignedNote.Signature claimed = new SignedNote.Signature(SIGNER.name(), SIGNER.keyId(), forgedBytes);
        String note = new SignedNote("hello\n", List.of(claimed)).format();

        assertNotVerified(() -> SIGNER.verifier().verify(note), Reason.BAD_SIGNATURE);
    }

    @Test
    void shouldIgnoreSignaturesByOtherKeysButRejectAFailingSignatureByItsOwn() {
        String text = "cosigned\n";
        SignedNote.Signature ours = SignedNote.parse(SIGNER.sign(text)).signatures().get(0);
        SignedNote.Signature witness = SignedNote.parse(new NoteSigner("witness", seed(5)).sign(text))
                .signatures().get(0);
        SignedNote.Signature broken = new SignedNote.Signature(SIGNER.name(), SIGNER.keyId(), new byte[64]);

        assertThat(SIGNER.verifier().verify(new SignedNote(text, List.of(witness, ours)).format())).isEqualTo(text);
        assertNotVerified(() -> SIGNER.verifier().verify(new SignedNote(text, List.of(ours, broken)).format()),
                Reason.BAD_SIGNATURE);
    }

    @Test
    void shouldRejectAMalformedNote() {
        String note = SIGNER.sign("hello\n");

        assertNotVerified(() -> SIGNER.verifier().verify(note.replace("\n\n", "\n")), Reason.MALFORMED_NOTE);
        assertNotVerified(() -> SIGNER.verifier().verify(note.strip()), Reason.MALFORMED_NOTE);
        assertNotVerified(() -> SIGNER.verifier().verify(null), Reason.MALFORMED_NOTE);
        assertThatThrownBy(() -> SIGNER.verifier().verify("hello\n"))
                .hasMessageStartingWith("the note is malformed: ");
    }

    @Test
    void shouldSignOnlyTextsThatANoteCanHold() {
        assertThatThrownBy(() -> SIGNER.sign("no newline")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end with a newline");
        assertThatThrownBy(() -> SIGNER.sign("tab\tinside\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0009");
    }

    @Test
    void shouldRejectInvalidSignerKeys() {
        assertThatThrownBy(() -> new NoteSigner("a b", seed(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteSigner("k", new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> NoteSigner.fromPrivateKeyString(GO_VERIFIER_KEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRIVATE+KEY+");
        assertThatThrownBy(() -> NoteSigner.fromPrivateKeyString(GO_PRIVATE_KEY.replace("c74f20a3", "c74f20a4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key ID c74f20a4");
        assertThatThrownBy(() -> NoteSigner.fromPrivateKeyString(GO_PRIVATE_KEY.replace("c74f20a3", "C74F20A3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase");
    }

    @Test
    void shouldRejectEveryTruncationAndEveryChangedCharacterOfTheGoKeys() {
        List<String> accepted = new ArrayList<>();
        for (String key : List.of(GO_VERIFIER_KEY, GO_PRIVATE_KEY)) {
            for (String mangled : manglings(key)) {
                if (parses(mangled)) {
                    accepted.add(mangled);
                }
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(parses(GO_VERIFIER_KEY)).isTrue();
        assertThat(parses(GO_PRIVATE_KEY)).isTrue();
    }

    @Test
    void shouldRejectVerifierKeysOfAnotherLengthOrAlgorithmEvenWithAMatchingKeyId() {
        // the two cases of the Go package's tests: a longer key and an unknown type byte, each with its own key ID
        // (the longer one is not even canonical base64, which is refused first)
        assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(
                "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base64");
        byte[] longer = Arrays.copyOf(Base64.getDecoder().decode(GO_VERIFIER_KEY.substring(22)), 34);
        assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(
                "PeterNeumann+c74f20a3+" + Base64.getEncoder().encodeToString(longer)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> NoteVerifier.fromVerifierKey(
                "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> NoteVerifier.fromVerifierKey("PeterNeumann"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<name>+<hex key ID>+<base64 key>");
    }

    @Test
    void shouldNeverShowThePrivateKey() {
        NoteSigner signer = NoteSigner.fromPrivateKeyString(GO_PRIVATE_KEY);

        assertThat(signer.toString()).isEqualTo("NoteSigner[PeterNeumann+c74f20a3]");
    }

    private static boolean parses(String key) {
        try {
            if (key.startsWith("PRIVATE+")) {
                NoteSigner.fromPrivateKeyString(key);
            } else {
                NoteVerifier.fromVerifierKey(key);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every proper substring of the key, and the key with each character in turn replaced by the next one. */
    private static List<String> manglings(String key) {
        List<String> manglings = new ArrayList<>();
        for (int i = 0; i <= key.length(); i++) {
            for (int j = i + 1; j <= key.length(); j++) {
                if (i != 0 || j != key.length()) {
                    manglings.add(key.substring(i, j));
                }
            }
        }
        for (int i = 0; i < key.length(); i++) {
            manglings.add(key.substring(0, i) + (char) (key.charAt(i) + 1) + key.substring(i + 1));
        }
        return manglings;
    }

    private static void assertNotVerified(ThrowingCallable verification, Reason reason) {
        assertThatThrownBy(verification).isInstanceOf(NoteVerificationException.class)
                .satisfies(e -> assertThat(((NoteVerificationException) e).reason()).isEqualTo(reason));
    }

    private static byte[] seed(long n) {
        byte[] seed = new byte[32];
        new Random(n).nextBytes(seed);
        return seed;
    }
}
