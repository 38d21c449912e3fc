package io.prism.audit.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** RFC 8785 (JSON Canonicalization Scheme): the examples of §3.2.2 and §3.2.3 and the numbers of Appendix B. */
class JsonCanonicalizerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    private static String canonical(JsonNode node) {
        return JsonCanonicalizer.canonicalString(node);
    }

    private static String canonicalNumber(double value) {
        return canonical(NODES.numberNode(value));
    }

    private static String canonicalString(String value) {
        return canonical(NODES.stringNode(value));
    }

    @Test
    void shouldCanonicalizeTheSampleOfSection322() {
        JsonNode sample = parse("""
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """);

        assertThat(canonical(sample)).isEqualTo("{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void shouldSortMembersByUtf16CodeUnits() {
        String[][] members = {
            {"\u20ac", "Euro Sign"}, {"\r", "Carriage Return"}, {"\ufb33", "Hebrew Letter Dalet With Dagesh"},
            {"1", "One"}, {"\ud83d\ude00", "Emoji: Grinning Face"}, {"\u0080", "Control"},
            {"\u00f6", "Latin Small Letter O With Diaeresis"}
        };
        ObjectNode sample = NODES.objectNode();
        for (String[] member : members) {
            sample.put(member[0], member[1]);
        }

        assertThat(canonical(sample)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void shouldSortASupplementaryCharacterBeforeAHighBmpCharacterAsUtf16Does() {
        // U+1F600 has the larger code point, but its first UTF-16 unit 0xD83D is below 0xFB33 and 0xFFFD
        ObjectNode object = NODES.objectNode();
        object.put("\ufffd", 1);
        object.put("\ufb33", 2);
        object.put("\ud83d\ude00", 3);
        object.put("\u0a33", 4);

        assertThat(canonical(object)).isEqualTo("{\"\u0a33\":4,\"\ud83d\ude00\":3,\"\ufb33\":2,\"\ufffd\":1}");
    }

    @Test
    void shouldSortByCodeUnitsNotByLocaleOrCase() {
        ObjectNode object = NODES.objectNode();
        for (String name : new String[] {"b", "aa", "a", "B", "A", "", "_", "\u00e9", "e", "10", "9"}) {
            object.put(name, name.length());
        }

        assertThat(canonical(object))
                .isEqualTo("{\"\":0,\"10\":2,\"9\":1,\"A\":1,\"B\":1,\"_\":1,\"a\":1,\"aa\":2,\"b\":1,\"e\":1,"
                        + "\"\u00e9\":1}");
    }

    @ParameterizedTest(name = "0x{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void shouldWriteTheNumbersOfAppendixB(String ieee754Bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Bits, 16));

        assertThat(canonicalNumber(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1, 1",
        "-1, -1",
        "1.5, 1.5",
        "0.1, 0.1",
        "100, 100",
        "1e20, 100000000000000000000",
        "1.5e20, 150000000000000000000",
        "1e21, 1e+21",
        "1.5e21, 1.5e+21",
        "1e-6, 0.000001",
        "1.5e-6, 0.0000015",
        "1e-7, 1e-7",
        "1.5e-7, 1.5e-7",
        "123456.789, 123456.789",
        "1e308, 1e+308",
        "2.2250738585072014e-308, 2.2250738585072014e-308",
        "1e-323, 1e-323",
        "1.5e-323, 1.5e-323",
        "2e-323, 2e-323",
        "4e-323, 4e-323",
        "5e-323, 5e-323"
    })
    void shouldWriteNumbersAsEcmaScriptDoes(double value, String expected) {
        assertThat(canonicalNumber(value)).isEqualTo(expected);
    }

    @Test
    void shouldWriteNegativeZeroAsZero() {
        assertThat(canonicalNumber(-0.0)).isEqualTo("0");
        assertThat(canonical(parse("[-0, -0.0, 0e5, -0E-5]"))).isEqualTo("[0,0,0,0]");
    }

    @ParameterizedTest(name = "0x{0}")
    @ValueSource(strings = {"7fffffffffffffff", "7ff8000000000000", "7ff0000000000000", "fff0000000000000"})
    void shouldRejectNaNAndInfinities(String ieee754Bits) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Bits, 16));

        assertThatThrownBy(() -> canonicalNumber(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN and infinities");
    }

    @Test
    void shouldWriteIntegralNodesWhoseValueSurvivesTheDouble() {
        assertThat(canonical(NODES.numberNode(42))).isEqualTo("42");
        assertThat(canonical(NODES.numberNode(-7L))).isEqualTo("-7");
        assertThat(canonical(NODES.numberNode(9_007_199_254_740_992L))).isEqualTo("9007199254740992");
        assertThat(canonical(NODES.numberNode(-9_007_199_254_740_992L))).isEqualTo("-9007199254740992");
        assertThat(canonical(NODES.numberNode(new BigInteger("295147905179352830000"))))
                .isEqualTo("295147905179352830000");
        assertThat(canonical(parse("[0, 18014398509481984, 1000000000000000000000]")))
                .isEqualTo("[0,18014398509481984,1e+21]");
    }

    @Test
    void shouldRejectALargeLongThatNoDoubleHolds() {
        assertThatThrownBy(() -> canonical(NODES.numberNode(9_007_199_254_740_993L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9007199254740993")
                .hasMessageContaining("not exactly representable as an IEEE-754 double")
                .hasMessageContaining("9007199254740992");
        assertThatThrownBy(() -> canonical(NODES.numberNode(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Long.MAX_VALUE));
        assertThatThrownBy(() -> canonical(parse("{\"id\": 12345678901234567890}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12345678901234567890");
    }

    @Test
    void shouldRejectAnIntegerWhoseCanonicalDigitsWouldDenoteAnotherInteger() {
        // 2^60 is a double, but ECMAScript writes it 1152921504606847000, which is not the integer that came in
        assertThatThrownBy(() -> canonical(NODES.numberNode(1L << 60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1152921504606846976 is an IEEE-754 double, but")
                .hasMessageContaining("would change it to 1152921504606847000");
    }

    @Test
    void shouldRejectAnIntegerBeyondTheRangeOfADouble() {
        assertThatThrownBy(() -> canonical(NODES.numberNode(BigInteger.TEN.pow(400))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the range of an IEEE-754 double");
    }

    @Test
    void shouldWriteBigDecimalNodesWhoseValueSurvivesTheDouble() {
        assertThat(canonical(NODES.numberNode(new BigDecimal("4.50")))).isEqualTo("4.5");
        assertThat(canonical(NODES.numberNode(new BigDecimal("0.1")))).isEqualTo("0.1");
        assertThat(canonical(NODES.numberNode(new BigDecimal("1E+30")))).isEqualTo("1e+30");
        assertThat(canonical(NODES.numberNode(new BigDecimal("-0.000")))).isEqualTo("0");
        JsonMapper decimals = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        assertThat(canonical(decimals.readTree("[2e-3, 0.000000000000000000000000001, 1.25]")))
                .isEqualTo("[0.002,1e-27,1.25]");
    }

    @Test
    void shouldRejectBigDecimalNodesThatADoubleWouldChange() {
        assertThatThrownBy(() -> canonical(NODES.numberNode(new BigDecimal("333333333.33333329"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("333333333.33333329 is not exactly representable as an IEEE-754 double")
                .hasMessageContaining("would change it to 333333333.3333333");
        assertThatThrownBy(() -> canonical(NODES.numberNode(new BigDecimal("1E-400"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would change it to 0");
        assertThatThrownBy(() -> canonical(NODES.numberNode(new BigDecimal("1E+400"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond the range");
    }

    @Test
    void shouldWriteFloatNodesAsTheDoubleTheyWidenTo() {
        assertThat(canonical(NODES.numberNode(0.5f))).isEqualTo("0.5");
        assertThat(canonical(NODES.numberNode(0.1f))).isEqualTo("0.10000000149011612");
    }

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                Arguments.of(0x00, "\\u0000"),
                Arguments.of(0x01, "\\u0001"),
                Arguments.of(0x07, "\\u0007"),
                Arguments.of(0x08, "\\b"),
                Arguments.of(0x09, "\\t"),
                Arguments.of(0x0a, "\\n"),
                Arguments.of(0x0b, "\\u000b"),
                Arguments.of(0x0c, "\\f"),
                Arguments.of(0x0d, "\\r"),
                Arguments.of(0x0e, "\\u000e"),
                Arguments.of(0x1a, "\\u001a"),
                Arguments.of(0x1f, "\\u001f"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("controlCharacters")
    void shouldEscapeControlCharacters(int control, String escaped) {
        assertThat(canonicalString("a" + (char) control + "b")).isEqualTo("\"a" + escaped + "b\"");
    }

    @Test
    void shouldEscapeOnlyQuoteAndBackslashAmongPrintableCharacters() {
        assertThat(canonicalString("\"\\/' <>&")).isEqualTo("\"\\\"\\\\/' <>&\"");
    }

    @Test
    void shouldWriteEverythingElseLiterally() {
        String text = " ~\u007f\u0080\u009f\u00e9\u2028\u2029\u20ac\ufeff\ufffd\uffff\ud83d\ude00";

        assertThat(canonicalString(text)).isEqualTo("\"" + text + "\"");
        assertThat(JsonCanonicalizer.canonicalize(NODES.stringNode("\u00e9\u20ac\ud83d\ude00")))
                .isEqualTo(HexFormat.of().parseHex("22c3a9e282acf09f988022"));
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"\ud800", "a\udc00b", "x\ud83d", "\ud83dA", "\ude00\ud83d", "\ud83d\ud83d\ude00"})
    void shouldRejectALoneSurrogate(String text) {
        assertThatThrownBy(() -> canonicalString(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lone surrogate");
    }

    @Test
    void shouldRejectALoneSurrogateInAMemberName() {
        ObjectNode object = NODES.objectNode();
        object.put("key\udbff", true);

        assertThatThrownBy(() -> canonical(object))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lone surrogate U+DBFF at index 3");
    }

    @Test
    void shouldCanonicalizeNestedArraysAndObjects() {
        JsonNode document = parse("""
                { "z" : [ [ ], { }, [ { "b" : 2, "a" : [ 1, [ 2.0, [ 3e0 ] ] ] } ] ],
                  "a" : { "c" : { "b" : null, "a" : false }, "" : "" } }
                """);

        assertThat(canonical(document))
                .isEqualTo("{\"a\":{\"\":\"\",\"c\":{\"a\":false,\"b\":null}},"
                        + "\"z\":[[],{},[{\"a\":[1,[2,[3]]],\"b\":2}]]}");
    }

    @Test
    void shouldCanonicalizeTopLevelPrimitives() {
        assertThat(canonical(parse("true"))).isEqualTo("true");
        assertThat(canonical(parse("false"))).isEqualTo("false");
        assertThat(canonical(parse("null"))).isEqualTo("null");
        assertThat(canonical(parse("\"x\""))).isEqualTo("\"x\"");
        assertThat(canonical(parse("[]"))).isEqualTo("[]");
        assertThat(canonical(parse("{}"))).isEqualTo("{}");
    }

    @Test
    void shouldRejectNodesThatAreNotJsonValues() {
        assertThatThrownBy(() -> canonical(NODES.binaryNode(new byte[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BINARY");
        assertThatThrownBy(() -> canonical(NODES.arrayNode().add(NODES.pojoNode(new Object()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POJO");
        assertThatThrownBy(() -> canonical(NODES.missingNode()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MISSING");
    }

    @Test
    void shouldBeIdempotent() {
        JsonNode document = parse("""
                {"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 1e-27, -0, 5e-324, 1e21, 9.999999999999997e22,
                             295147905179352830000, 999999999999999700000, 1424953923781206.25, 1e-7],
                 "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/\\ud83d\\ude00\\u2028",
                 "nested": {"\\u00f6": [{"z": null, "y": [true, false]}], "\\r": {}}}
                """);
        byte[] once = JsonCanonicalizer.canonicalize(document);

        byte[] twice = JsonCanonicalizer.canonicalize(MAPPER.readTree(once));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void shouldRoundTripRandomDoublesThroughTheCanonicalText() {
        Random random = new Random(8785);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = canonicalNumber(value);

            assertThat(Double.parseDouble(text)).as(text).isEqualTo(value == 0 ? 0.0 : value);
            assertThat(canonical(parse(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void shouldEncodeTheCanonicalTextInUtf8() {
        JsonNode document = parse("{\"b\":\"\\u00e9\\ud83d\\ude00\",\"a\":1}");

        assertThat(JsonCanonicalizer.canonicalize(document))
                .isEqualTo(JsonCanonicalizer.canonicalString(document).getBytes(StandardCharsets.UTF_8))
                .hasSize(20);
    }

    @Test
    void shouldDigestTheCanonicalBytesWithSha256() {
        // printf '%s' '{"a":1,"b":[true,null,"é"],"c":{"d":-0.5,"e":"x\"y"}}' | sha256sum
        String expected = "f4276bc75c7929ab30a2c3870d0d378599b2b431ea9c475b7e36d0cdffa9f176";
        JsonNode document = parse("""
                { "c": { "e": "x\\"y", "d": -0.50 },
                  "b": [ true, null, "\\u00e9" ],
                  "a": 1.0 }
                """);

        assertThat(JsonCanonicalizer.canonicalString(document))
                .isEqualTo("{\"a\":1,\"b\":[true,null,\"\u00e9\"],\"c\":{\"d\":-0.5,\"e\":\"x\\\"y\"}}");
        assertThat(JsonCanonicalizer.sha256Hex(document)).isEqualTo(expected);
        assertThat(JsonCanonicalizer.sha256(document)).isEqualTo(HexFormat.of().parseHex(expected));
    }

    @Test
    void shouldGiveTheSameDigestWhateverTheMemberOrderAndWhitespace() {
        JsonNode one = parse("{\"x\": [1, 2], \"y\": {\"q\": \"\\u0041\", \"p\": 1e2}}");
        JsonNode other = parse("{ \"y\" : { \"p\" : 100.0 , \"q\" : \"A\" } , \"x\" : [ 1 , 2.0 ] }");

        assertThat(JsonCanonicalizer.sha256Hex(one)).isEqualTo(JsonCanonicalizer.sha256Hex(other)).hasSize(64);
    }
}
