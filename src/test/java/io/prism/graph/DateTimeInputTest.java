package io.prism.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * DateTime arguments over HTTP: every offset form a generated client sends is read as the same instant in a GraphQL
 * variable, a GraphQL literal and a REST query value (whose {@code +} may come percent-encoded or, unencoded, as the
 * space URL decoding makes of it), answers stay in UTC, and any other form is BAD_USER_INPUT naming the argument.
 */
class DateTimeInputTest extends IntegrationTest {

    private static final String CREATE_KEY = "mutation($in: CreateApiKeyInput!) { createApiKey(input: $in) "
            + "{ apiKey { expiresAt } } }";
    private static final String USAGE = "query($f: DateTime!, $t: DateTime!) { usage(from: $f, to: $t) "
            + "{ from to requests } }";
    /** The same instant, 2031-01-01T00:00:00Z, in each offset form; the last ones without seconds. */
    private static final List<String> NEW_YEAR_2031 = List.of("2031-01-01T00:00:00Z", "2031-01-01T00:00:00z",
            "2031-01-01t00:00:00Z", "2031-01-01T00:00:00+00:00", "2031-01-01T00:00:00+0000", "2031-01-01T00:00:00+00",
            "2031-01-01T00:00:00-00:00", "2031-01-01T01:00:00+01:00", "2031-01-01T01:00:00+0100",
            "2031-01-01T01:00:00+01", "2030-12-31T19:00:00-05:00", "2030-12-31T19:00:00-0500",
            "2031-01-01T05:30:00+05:30", "2031-01-01T00:00:00.0Z", "2031-01-01T00:00:00.000+00:00",
            "2031-01-01T00:00:00.000000000+0000", "2031-01-01T00:00Z", "2031-01-01T01:00+01:00",
            "2031-01-01T01:00+0100");

    @Test
    void shouldReadEveryOffsetFormInAVariableAndAnswerInUtc() {
        TenantKey t = newTenant("date-time variables", "READ", "KEYS");
        for (String form : NEW_YEAR_2031) {
            JsonNode key = ok(t.key(), CREATE_KEY, Map.of("in", Map.of("scopes", List.of("READ"), "expiresAt", form)));
            assertThat(key.path("createApiKey").path("apiKey").path("expiresAt").asString()).as(form)
                    .isEqualTo("2031-01-01T00:00:00Z");
        }
        // nine digits are read; the database keeps the instant to the microsecond
        JsonNode fraction = ok(t.key(), CREATE_KEY, Map.of("in", Map.of("scopes", List.of("READ"),
                "expiresAt", "2031-01-01T01:00:00.123456789+0100")));
        assertThat(fraction.path("createApiKey").path("apiKey").path("expiresAt").asString())
                .isEqualTo("2031-01-01T00:00:00.123457Z");

        JsonNode usage = ok(t.key(), USAGE, Map.of("f", "2026-11-01T02:30:00.5+0200", "t", "2026-11-01T03:00z"))
                .path("usage");
        assertThat(usage.path("from").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(usage.path("to").asString()).isEqualTo("2026-11-01T03:00:00Z");
    }

    @Test
    void shouldReadEveryOffsetFormInALiteral() {
        TenantKey t = newTenant("date-time literals", "READ", "KEYS");
        for (String form : NEW_YEAR_2031) {
            JsonNode key = ok(t.key(), "mutation { createApiKey(input: {scopes: [READ], expiresAt: \"" + form
                    + "\"}) { apiKey { expiresAt } } }");
            assertThat(key.path("createApiKey").path("apiKey").path("expiresAt").asString()).as(form)
                    .isEqualTo("2031-01-01T00:00:00Z");
        }
        JsonNode usage = ok(t.key(), "{ usage(from: \"2026-11-01T01:00:00+0100\", to: \"2026-11-01T02:00+00\") "
                + "{ from to } }").path("usage");
        assertThat(usage.path("from").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(usage.path("to").asString()).isEqualTo("2026-11-01T02:00:00Z");
        assertThat(ok(t.key(), "{ calculations(filter: {from: \"2020-01-01T00:00:00+0000\", "
                + "to: \"2100-01-01T00:00:00.000000001z\"}) { totalCount } }").path("calculations")
                .path("totalCount").asInt()).isZero();
        // the first and last instants the form can write reach the database and come back
        assertThat(ok(t.key(), "{ calculations(filter: {from: \"0000-01-01T00:00:00+18:00\", "
                + "to: \"9999-12-31T23:59:59.999999-18:00\"}) { totalCount } }").path("calculations")
                .path("totalCount").asInt()).isZero();
        JsonNode early = ok(t.key(), "{ usage(from: \"0000-12-31T00:00:00Z\", to: \"0001-01-01T00:00:00Z\") "
                + "{ from to } }").path("usage");
        assertThat(early.path("from").asString()).isEqualTo("0000-12-31T00:00:00Z");
    }

    @Test
    void shouldReadEveryOffsetFormInARestQueryValue() {
        TenantKey t = newTenant("date-time query values", "READ");
        // %2B is the '+' as a client that encodes query values sends it; a bare '+' arrives as a space
        for (String[] period : List.of(
                new String[] {"2026-11-01T01:00:00%2B01:00", "2026-11-01T04:00:00%2B0200"},
                new String[] {"2026-11-01T01:00:00+01:00", "2026-11-01T04:00:00+0200"},
                new String[] {"2026-11-01T01:00%2B01", "2026-11-01T04:00:00.000+02"},
                new String[] {"2026-11-01T00:00:00z", "2026-11-01T02:00:00%2B00:00"},
                new String[] {"2026-11-01T00:00:00.5Z", "2026-11-01T02:00:00-00:00"})) {
            Response r = get("/api/v1/usage?from=" + period[0] + "&to=" + period[1],
                    "Authorization", "Bearer " + t.key());
            assertThat(r.status()).as(period[0] + " " + r.raw()).isEqualTo(200);
            assertThat(r.body().path("from").asString()).as(period[0]).isEqualTo("2026-11-01T00:00:00Z");
            assertThat(r.body().path("to").asString()).as(period[1]).isEqualTo("2026-11-01T02:00:00Z");
        }
    }

    @Test
    void shouldRefuseAnyOtherFormAsBadInputNamingTheArgument() {
        TenantKey t = newTenant("date-time refusals", "READ", "KEYS");
        Response topVariable = graphql(t.key(), USAGE, Map.of("f", "2026-11-01T00:00:00", "t", "2026-11-02T00:00Z"));
        assertBadInput(topVariable, "f", "it has no offset");

        Response nestedVariable = graphql(t.key(), CREATE_KEY, Map.of("in", Map.of("scopes", List.of("READ"),
                "expiresAt", "2031-01-01 00:00:00Z")));
        assertBadInput(nestedVariable, "in.expiresAt", "got '2031-01-01 00:00:00Z'");

        Response notAString = graphql(t.key(), USAGE, Map.of("f", 1790000000, "t", "2026-11-02T00:00Z"));
        assertBadInput(notAString, "f", "must be a string");

        Response topLiteral = graphql(t.key(), "{ usage(from: \"2026-11-01T00:00:00+1\", to: \"2026-11-02T00:00Z\") "
                + "{ requests } }");
        assertBadInput(topLiteral, "from", "got '2026-11-01T00:00:00+1'");

        Response nestedLiteral = graphql(t.key(), "mutation { createApiKey(input: {scopes: [READ], "
                + "expiresAt: \"2031-02-30T00:00:00Z\"}) { plainKey } }");
        assertBadInput(nestedLiteral, "input.expiresAt", "names no valid date");

        Response filterLiteral = graphql(t.key(), "{ calculations(filter: {from: \"tomorrow\"}) { totalCount } }");
        assertBadInput(filterLiteral, "filter.from", "got 'tomorrow'");

        Response rest = get("/api/v1/usage?from=2026-11-01T00:00:00&to=2026-11-02T00:00Z",
                "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(400);
        assertThat(rest.body().path("code").asString()).as(rest.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(rest.body().path("field").asString()).as(rest.raw()).isEqualTo("from");
        assertThat(rest.raw()).contains("it has no offset");

        Response restSpace = get("/api/v1/usage?from=2026-11-01+00:00:00Z&to=2026-11-02T00:00Z",
                "Authorization", "Bearer " + t.key());
        assertThat(restSpace.status()).as(restSpace.raw()).isEqualTo(400);
        assertThat(restSpace.body().path("field").asString()).as(restSpace.raw()).isEqualTo("from");
    }

    private static void assertBadInput(Response r, String field, String message) {
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(r.errors().path(0).path("extensions").path("field").asString()).as(r.raw()).isEqualTo(field);
        assertThat(r.errors().path(0).path("message").asString()).as(r.raw()).contains(message);
    }
}
