package io.prism.audit.canonical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS) over Jackson trees: object members sorted by the UTF-16 code
 * units of their names, no whitespace, strings escaped as ECMAScript {@code JSON.stringify} escapes them and numbers
 * written as ECMAScript writes an IEEE-754 double.
 *
 * <p>Values the canonical form cannot hold unchanged are rejected with an {@link IllegalArgumentException} rather
 * than altered: NaN and infinities, strings with a lone surrogate, integral and BigDecimal numbers whose canonical
 * text would denote another number, and binary, POJO and missing nodes, which are not JSON values. A number is
 * rejected when no double equals it (9007199254740993, 333333333.33333329) and also when a double does but its
 * shortest digits do not (2<sup>60</sup> = 1152921504606846976 would be written 1152921504606847000); decimals
 * such as 0.1 that read back from their canonical text unchanged are accepted. Double and float nodes are
 * already IEEE-754 values and are written as they are.
 */
public final class JsonCanonicalizer {

    private static final HexFormat HEX = HexFormat.of();

    /** Numbers from 10<sup>21</sup> on are written with an exponent (ECMA-262 Number::toString). */
    private static final int MAX_PLAIN_EXPONENT = 21;
    /** 2^53: every whole number up to it is an exact double, written as its integer digits. */
    private static final long EXACT_INTEGERS = 1L << 53;

    /** Numbers below 10<sup>-6</sup> are written with an exponent (ECMA-262 Number::toString). */
    private static final int MIN_PLAIN_EXPONENT = -6;

    private JsonCanonicalizer() {
    }

    /**
     * The canonical form of a JSON value, encoded in UTF-8 as RFC 8785 §3.2.4 requires.
     *
     * @param node the value; objects and arrays are canonicalized throughout
     * @return the UTF-8 bytes of {@link #canonicalString(JsonNode)}
     * @throws IllegalArgumentException if the value holds something the canonical form cannot represent unchanged
     *                                  (see the class description)
     */
    public static byte[] canonicalize(JsonNode node) {
        return canonicalString(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The canonical form of a JSON value as text: RFC 8785 §3.2 (no whitespace, §3.2.1), primitives serialized as
     * in §3.2.2 and object members sorted as in §3.2.3.
     *
     * @param node the value; objects and arrays are canonicalized throughout
     * @return the canonical JSON text
     * @throws IllegalArgumentException if the value holds something the canonical form cannot represent unchanged
     *                                  (see the class description)
     */
    public static String canonicalString(JsonNode node) {
        Objects.requireNonNull(node, "node");
        StringBuilder out = new StringBuilder();
        writeValue(node, out);
        return out.toString();
    }

    /**
     * The SHA-256 digest of the canonical UTF-8 bytes (RFC 8785 §3.2.4), the value's identity in the audit trail.
     *
     * @param node the value
     * @return the 32 bytes of the digest
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    public static byte[] sha256(JsonNode node) {
        return sha256Digest().digest(canonicalize(node));
    }

    /**
     * The SHA-256 digest of the canonical UTF-8 bytes (RFC 8785 §3.2.4) in lower-case hexadecimal.
     *
     * @param node the value
     * @return 64 lower-case hexadecimal digits
     * @throws IllegalArgumentException as {@link #canonicalize(JsonNode)}
     */
    public static String sha256Hex(JsonNode node) {
        return HEX.formatHex(sha256(node));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void writeValue(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.stringValue(), out);
            case NUMBER -> out.append(formatNumber(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException(
                    "A " + node.getNodeType() + " node is not a JSON value and has no canonical form (RFC 8785 §3.1)");
        }
    }

    /** RFC 8785 §3.2.3: members sorted by their names as arrays of UTF-16 code units, which is String order. */
    private static void writeObject(JsonNode object, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            writeCommaAfterFirst(i, out);
            writeString(members.get(i).getKey(), out);
            out.append(':');
            writeValue(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    /** RFC 8785 §3.2.1: array elements keep their order. */
    private static void writeArray(JsonNode array, StringBuilder out) {
        out.append('[');
        int index = 0;
        for (JsonNode element : array.values()) {
            writeCommaAfterFirst(index++, out);
            writeValue(element, out);
        }
        out.append(']');
    }

    private static void writeCommaAfterFirst(int index, StringBuilder out) {
        if (index > 0) {
            out.append(',');
        }
    }

    /**
     * RFC 8785 §3.2.2.2: the seven two-character escapes, {@code &#92;u00xx} in lower case for the other controls
     * below U+0020, every other character as itself; a lone surrogate is not Unicode text and is rejected.
     */
    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                i = writeSurrogatePair(value, i, out);
            } else {
                writeCharacter(c, out);
            }
        }
        out.append('"');
    }

    /** Writes the surrogate pair that starts at {@code index} and returns the index of its second half. */
    private static int writeSurrogatePair(String value, int index, StringBuilder out) {
        char first = value.charAt(index);
        int next = index + 1;
        if (Character.isHighSurrogate(first) && next < value.length() && Character.isLowSurrogate(value.charAt(next))) {
            out.append(first).append(value.charAt(next));
            return next;
        }
        throw new IllegalArgumentException("Lone surrogate U+" + HEX.toHexDigits(first).toUpperCase() + " at index "
                + index + " of a string: not Unicode text, no canonical form (RFC 8785 §3.2.2.2)");
    }

    private static void writeCharacter(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> writePlainOrControl(c, out);
        }
    }

    private static void writePlainOrControl(char c, StringBuilder out) {
        if (c < 0x20) {
            out.append("\\u00").append(HEX.toHexDigits((byte) c));
        } else {
            out.append(c);
        }
    }

    /**
     * RFC 8785 §3.2.2.3: every number is an IEEE-754 double. Integral and BigDecimal nodes are accepted only when
     * the canonical text denotes exactly their value, so that no audited number changes on the way.
     */
    private static String formatNumber(JsonNode number) {
        if (number.isInt() || number.isLong()) {
            long v = number.longValue();
            if (Math.abs(v) <= EXACT_INTEGERS) {
                return Long.toString(v);
            }
        } else if (number.isDouble() || number.isFloat()) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGERS) {
                // a whole double below 2^53: ECMAScript writes its integer digits, -0 as 0
                return Long.toString((long) d);
            }
        }
        if (number.isIntegralNumber()) {
            return formatExactly(new BigDecimal(number.bigIntegerValue()));
        }
        if (number.isBigDecimal()) {
            return formatExactly(number.decimalValue());
        }
        return formatDouble(number.doubleValue());
    }

    private static String formatExactly(BigDecimal value) {
        double converted = value.doubleValue();
        if (!Double.isFinite(converted)) {
            throw new IllegalArgumentException("Number " + value
                    + " is beyond the range of an IEEE-754 double, no canonical form (RFC 8785 §3.2.2.3)");
        }
        EcmaScriptNumber canonical = EcmaScriptNumber.of(converted);
        if (canonical.value().compareTo(value) != 0) {
            throw new IllegalArgumentException("Number " + value + changeOf(value, converted)
                    + ": its canonical form (RFC 8785 §3.2.2.3) would change it to " + canonical.text());
        }
        return canonical.text();
    }

    private static String changeOf(BigDecimal value, double converted) {
        return new BigDecimal(converted).compareTo(value) == 0
                ? " is an IEEE-754 double, but the shortest digits that identify that double denote another number"
                : " is not exactly representable as an IEEE-754 double";
    }

    private static String formatDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    "Number " + value + " has no JSON form: NaN and infinities are rejected (RFC 8785 §3.2.2.3)");
        }
        return EcmaScriptNumber.of(value).text();
    }

    /**
     * A finite double as ECMA-262 Number::toString writes it (RFC 8785 §3.2.2.3): the shortest digits that read back
     * as the double, the closest to it when several are as short.
     *
     * @param negative  whether a minus sign is written (never for zero)
     * @param magnitude the absolute value of the digits, without trailing zeros
     */
    private record EcmaScriptNumber(boolean negative, BigDecimal magnitude) {

        /**
         * Java's {@code Double.toString} (JDK 19 on) writes the shortest digits too, with one exception: when one
         * digit would do, it may write two that lie closer to the double (4.9E-324 where ECMAScript writes 5e-324).
         */
        static EcmaScriptNumber of(double value) {
            double absolute = Math.abs(value);
            BigDecimal shortest = new BigDecimal(Double.toString(absolute)).stripTrailingZeros();
            if (shortest.precision() == 2) {
                shortest = preferOneDigit(shortest, absolute);
            }
            return new EcmaScriptNumber(value < 0, shortest);
        }

        /** The one-digit neighbour of a two-digit decimal that reads back as the double, the closer if both do. */
        private static BigDecimal preferOneDigit(BigDecimal twoDigits, double absolute) {
            BigDecimal down = oneDigit(twoDigits, RoundingMode.FLOOR);
            BigDecimal up = oneDigit(twoDigits, RoundingMode.CEILING);
            boolean downReadsBack = readsBack(down, absolute);
            boolean upReadsBack = readsBack(up, absolute);
            if (downReadsBack && upReadsBack) {
                return closer(down, up, new BigDecimal(absolute));
            }
            if (downReadsBack) {
                return down;
            }
            return upReadsBack ? up : twoDigits;
        }

        private static BigDecimal oneDigit(BigDecimal twoDigits, RoundingMode mode) {
            return twoDigits.round(new MathContext(1, mode)).stripTrailingZeros();
        }

        private static boolean readsBack(BigDecimal decimal, double absolute) {
            return Double.parseDouble(decimal.toString()) == absolute;
        }

        /** Of two decimals, the one closer to {@code exact}; at equal distance the one with an even last digit. */
        private static BigDecimal closer(BigDecimal down, BigDecimal up, BigDecimal exact) {
            int comparison = down.subtract(exact).abs().compareTo(up.subtract(exact).abs());
            if (comparison == 0) {
                return down.unscaledValue().testBit(0) ? up : down;
            }
            return comparison < 0 ? down : up;
        }

        /** The number's exact decimal value. */
        BigDecimal value() {
            return negative ? magnitude.negate() : magnitude;
        }

        /**
         * ECMA-262 Number::toString in radix 10: plain up to 21 integer digits and down to 10<sup>-6</sup>, with an
         * exponent otherwise.
         */
        String text() {
            String digits = magnitude.unscaledValue().toString();
            int k = digits.length();
            int n = k - magnitude.scale();
            String unsigned;
            if (k <= n && n <= MAX_PLAIN_EXPONENT) {
                unsigned = digits + "0".repeat(n - k);
            } else if (0 < n && n <= MAX_PLAIN_EXPONENT) {
                unsigned = digits.substring(0, n) + "." + digits.substring(n);
            } else if (MIN_PLAIN_EXPONENT < n && n <= 0) {
                unsigned = "0." + "0".repeat(-n) + digits;
            } else {
                unsigned = exponential(digits, n - 1);
            }
            return negative ? "-" + unsigned : unsigned;
        }

        private static String exponential(String digits, int exponent) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        }
    }
}
