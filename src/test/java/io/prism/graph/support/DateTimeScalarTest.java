package io.prism.graph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DateTime scalar reads every offset form a generated client sends (RFC 3339 and ISO 8601 extended format) as
 * the same instant, refuses anything else with a message that says what to send, and writes UTC as before.
 */
class DateTimeScalarTest {

    private final DateTimeScalar scalar = new DateTimeScalar();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-01-31T10:15:30Z                  | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30z                  | 2027-01-31T10:15:30Z
            2027-01-31t10:15:30Z                  | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30+00:00             | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30+0000              | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30+00                | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30-00:00             | 2027-01-31T10:15:30Z
            2027-01-31T12:15:30+02:00             | 2027-01-31T10:15:30Z
            2027-01-31T12:15:30+0200              | 2027-01-31T10:15:30Z
            2027-01-31T12:15:30+02                | 2027-01-31T10:15:30Z
            2027-01-31T05:15:30-05:00             | 2027-01-31T10:15:30Z
            2027-01-31T05:15:30-0500              | 2027-01-31T10:15:30Z
            2027-01-31T15:45:30+05:30             | 2027-01-31T10:15:30Z
            2027-01-31T15:45:30+0530              | 2027-01-31T10:15:30Z
            2027-02-01T00:00:30+13:45             | 2027-01-31T10:15:30Z
            2027-01-31T10:15:30.5Z                | 2027-01-31T10:15:30.500Z
            2027-01-31T10:15:30.12Z               | 2027-01-31T10:15:30.120Z
            2027-01-31T10:15:30.123Z              | 2027-01-31T10:15:30.123Z
            2027-01-31T10:15:30.1234Z             | 2027-01-31T10:15:30.123400Z
            2027-01-31T10:15:30.123456Z           | 2027-01-31T10:15:30.123456Z
            2027-01-31T10:15:30.1234567+00:00     | 2027-01-31T10:15:30.123456700Z
            2027-01-31T10:15:30.123456789+0000    | 2027-01-31T10:15:30.123456789Z
            2027-01-31T10:15:30,25+00             | 2027-01-31T10:15:30.250Z
            2027-01-31T10:15:30.000Z              | 2027-01-31T10:15:30Z
            2027-01-31T10:15Z                     | 2027-01-31T10:15:00Z
            2027-01-31T11:15+01:00                | 2027-01-31T10:15:00Z
            2027-01-31T11:15+0100                 | 2027-01-31T10:15:00Z
            2028-02-29T23:59:59.999999999-18:00   | 2028-03-01T17:59:59.999999999Z
            0001-01-01T00:00:00Z                  | 0001-01-01T00:00:00Z
            """)
    void shouldReadEveryAcceptedFormAsTheSameInstant(String text, String utc) {
        OffsetDateTime parsed = DateTimeScalar.parse(text);
        assertThat(parsed.toInstant()).isEqualTo(Instant.parse(utc));
        assertThat(scalar.parseValue(text, GraphQLContext.getDefault(), Locale.ROOT).toInstant())
                .isEqualTo(parsed.toInstant());
        assertThat(scalar.parseLiteral(new StringValue(text), CoercedVariables.emptyVariables(),
                GraphQLContext.getDefault(), Locale.ROOT).toInstant()).isEqualTo(parsed.toInstant());
    }

    @Test
    void shouldReadAndWriteUtc() {
        OffsetDateTime parsed = DateTimeScalar.parse("2027-01-31T12:15:30+0200");
        assertThat(parsed).isEqualTo(OffsetDateTime.of(2027, 1, 31, 10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(DateTimeScalar.parse("2027-01-31T10:15:30-18:00").getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(scalar.serialize(parsed, GraphQLContext.getDefault(), Locale.ROOT))
                .isEqualTo("2027-01-31T10:15:30Z");
        assertThat(scalar.serialize(DateTimeScalar.parse("2027-01-31T10:15:30.120+00"), GraphQLContext.getDefault(),
                Locale.ROOT)).isEqualTo("2027-01-31T10:15:30.12Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2027-01-31T10:15:30",              // no offset
        "2027-01-31T10:15",                 // no offset, no seconds
        "2027-01-31",                       // a date alone
        "2027-01-31T10Z",                   // hours alone
        "2027-01-31 10:15:30Z",             // space for T
        "2027-01-31T10:15:30 +00:00",       // space before the offset
        "2027-01-31T10:15:30+0",            // one-digit offset
        "2027-01-31T10:15:30+000",          // three-digit offset
        "2027-01-31T10:15:30+00:",          // offset minutes missing
        "2027-01-31T10:15:30+00:00:00",     // offset seconds
        "2027-01-31T10:15:30UTC",
        "2027-01-31T10:15:30GMT+1",
        "2027-01-31T10:15:30Z[Europe/Berlin]",
        "2027-01-31T10:15:30.Z",            // empty fraction
        "2027-01-31T10:15:30.1234567890Z",  // ten fraction digits
        "2027-01-31T10:15.5Z",              // fraction without seconds
        "20270131T101530Z",                 // basic format
        "27-01-31T10:15:30Z",
        "+12027-01-31T10:15:30Z",
        "2027-1-31T10:15:30Z",
        "2027-01-31T1:15:30Z",
        "2027-13-01T00:00:00Z",             // month 13
        "2027-02-29T00:00:00Z",             // not a leap year
        "2027-04-31T00:00:00Z",
        "2027-01-31T24:00:00Z",
        "2027-01-31T10:60:00Z",
        "2027-01-31T23:59:60Z",             // leap second
        "2027-01-31T10:15:30+19:00",        // beyond ±18:00
        "2027-01-31T10:15:30+05:60",
        "2027-01-31T10:15:30−05:00",        // Unicode minus sign
        "２０２７-01-31T10:15:30Z",          // full-width digits
        " 2027-01-31T10:15:30Z",
        "2027-01-31T10:15:30Z ",
        "",
        "yesterday",
        "1706000000"})
    void shouldRefuseAnythingElseSayingWhatToSend(String text) {
        assertThatThrownBy(() -> DateTimeScalar.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DateTime must be an RFC 3339 date-time with an offset, such as "
                        + "2027-01-31T00:00:00Z; got '" + text + "': ");
        assertThatThrownBy(() -> scalar.parseValue(text, GraphQLContext.getDefault(), Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("got '" + text + "'");
        assertThatThrownBy(() -> scalar.parseLiteral(new StringValue(text), CoercedVariables.emptyVariables(),
                GraphQLContext.getDefault(), Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class).hasMessageContaining("got '" + text + "'");
    }

    @Test
    void shouldSayWhyAValueIsRefused() {
        assertThatThrownBy(() -> DateTimeScalar.parse("2027-01-31T10:15:30")).hasMessageEndingWith(
                "it has no offset; add Z or ±hh:mm");
        assertThatThrownBy(() -> DateTimeScalar.parse("2027-02-30T10:15:30Z")).hasMessageContaining(
                "it names no valid date, time or offset");
        assertThatThrownBy(() -> DateTimeScalar.parse("31/01/2027")).hasMessageContaining("Z, ±hh:mm, ±hhmm or ±hh");
        String longText = "2027-01-31T10:15:30Z".repeat(10);
        assertThatThrownBy(() -> DateTimeScalar.parse(longText)).hasMessageContaining(
                "got '" + longText.substring(0, 64) + "…'");
    }

    @Test
    void shouldRefuseValuesThatAreNotStrings() {
        assertThatThrownBy(() -> scalar.parseValue(1706000000L, GraphQLContext.getDefault(), Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("must be a string");
        assertThatThrownBy(() -> scalar.parseLiteral(new IntValue(BigInteger.ONE), CoercedVariables.emptyVariables(),
                GraphQLContext.getDefault(), Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class).hasMessageContaining("must be a string");
    }
}
