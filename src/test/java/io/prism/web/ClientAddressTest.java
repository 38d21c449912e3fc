package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request is counted against, with and without trusted proxies in front. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void shouldUseTheConnectionsAddressWhenNoProxyIsTrusted() {
        ClientAddress direct = new ClientAddress(List.of());
        assertThat(direct.source("10.1.2.3", headers("198.51.100.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldIgnoreForwardedForFromAnUntrustedPeer() {
        assertThat(behindProxies.source("203.0.113.9", headers("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void shouldTakeTheNearestUntrustedHopBehindTrustedProxies() {
        assertThat(behindProxies.source("10.0.0.2", headers("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.source("10.0.0.2", headers("6.6.6.6, 198.51.100.1, 10.9.9.9")))
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.source("10.0.0.2", headers("6.6.6.6", "198.51.100.1, 192.168.1.7")))
                .isEqualTo("198.51.100.1");
        assertThat(behindProxies.source("fd12::1", headers("2001:db8::5"))).isEqualTo("2001:db8::5");
    }

    @Test
    void shouldKeepTheConnectionsAddressWithoutTheHeaderAndTreatGarbageAsAnUntrustedHop() {
        assertThat(behindProxies.source("10.0.0.2", headers())).isEqualTo("10.0.0.2");
        assertThat(behindProxies.source("10.0.0.2", headers("unknown"))).isEqualTo("unknown");
        assertThat(behindProxies.source("10.0.0.2", headers("10.0.0.3", "10.0.0.4"))).isEqualTo("10.0.0.3");
    }

    @Test
    void shouldReadOnlyIpLiteralsAndRejectBadConfiguration() {
        assertThat(ClientAddress.literal("192.168.1.300")).isNull();
        assertThat(ClientAddress.literal("example.org")).isNull();
        assertThat(ClientAddress.literal("::1")).hasSize(16);
        assertThat(ClientAddress.literal("127.0.0.1")).containsExactly(127, 0, 0, 1);
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal")))
                .hasMessageContaining("trusted-proxies").hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).hasMessageContaining("0-32");
    }

    private static java.util.Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
