package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Key format, randomness and hashing. */
class ApiKeysTest {

    @Test
    void shouldGenerateDistinctKeysWithAtLeast128BitsOfRandomness() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = ApiKeys.generate();
            assertThat(key).startsWith(ApiKeys.PREFIX).matches("prism_live_[0-9A-Za-z]{32}");
            keys.add(key);
        }
        assertThat(keys).hasSize(10_000);
        // 32 symbols of a 62-letter alphabet
        assertThat(32 * Math.log(62) / Math.log(2)).isGreaterThan(128);
    }

    @Test
    void shouldHashWithSha256AndShowOnlyAShortPrefix() {
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String key = ApiKeys.generate();
        assertThat(ApiKeys.displayPrefix(key)).hasSize(ApiKeys.PREFIX.length() + 8);
        assertThat(ApiKeys.sameSecret(key, key)).isTrue();
        assertThat(ApiKeys.sameSecret(key, key + "x")).isFalse();
    }

    @Test
    void shouldRejectTokensThatCannotBeKeys() {
        assertThat(ApiKeys.wellFormed(null)).isFalse();
        assertThat(ApiKeys.wellFormed("short")).isFalse();
        assertThat(ApiKeys.wellFormed("has spaces in it for sure")).isFalse();
        assertThat(ApiKeys.wellFormed(ApiKeys.generate())).isTrue();
    }
}
