package io.prism.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who sent a request, as far as the service can trust it: the connection's address, unless that address is a
 * configured reverse proxy. Then {@code X-Forwarded-For} is read from its right end (the entry the nearest proxy
 * wrote) past every trusted proxy; the first untrusted entry is the source. Entries further left were written by
 * the client and are never believed, so a client cannot pick its own source by sending the header.
 *
 * <p>Addresses are parsed only when they are IP literals; no text from a request ever causes a name lookup.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> trusted;

    /** @param trustedProxies IP addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code ::1}) of trusted proxies */
    ClientAddress(List<String> trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies) {
            blocks.add(Block.parse(entry.trim()));
        }
        this.trusted = List.copyOf(blocks);
    }

    /** The source of a request from {@code remoteAddress} carrying these {@code X-Forwarded-For} headers. */
    String source(String remoteAddress, Enumeration<String> forwardedFor) {
        if (trusted.isEmpty() || !isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor == null ? List.<String>of() : Collections.list(forwardedFor)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.getFirst();
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(b -> b.contains(bytes));
    }

    /** The bytes of an IP literal, or null for anything else (never looked up by name). */
    static byte[] literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address block: the network's bytes and how many leading bits must match. */
    private record Block(byte[] network, int bits) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("prism.keys.failure-limit.trusted-proxies: '" + entry
                        + "' is not an IP address or CIDR block");
            }
            int bits = network.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prism.keys.failure-limit.trusted-proxies: '" + entry
                            + "' has a prefix length outside 0-" + network.length * 8);
                }
            }
            return new Block(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
