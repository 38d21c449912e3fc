package io.prism.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The private key string a deployment configures reads back as the same signer. */
class PrivateKeyStringTest {

    @Test
    void shouldReadBackThePrivateKeyStringItWrites() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        String key = NoteSigner.privateKeyString("prism-test", seed);
        assertThat(key).startsWith("PRIVATE+KEY+prism-test+");
        NoteSigner signer = NoteSigner.fromPrivateKeyString(key);
        NoteSigner direct = new NoteSigner("prism-test", seed);
        assertThat(signer.verifierKey()).isEqualTo(direct.verifierKey());
        String note = signer.sign("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        assertThat(NoteVerifier.fromVerifierKey(direct.verifierKey()).verify(note))
                .isEqualTo("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    }
}
