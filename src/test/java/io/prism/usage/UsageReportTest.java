package io.prism.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The usage report over HTTP: counts stored in PostgreSQL, the same figures on both doors, a tenant sees only its
 * own usage, the operator names the tenant, and bad periods are BAD_USER_INPUT on the field at fault.
 */
class UsageReportTest extends IntegrationTest {

    private static final String USAGE = "query($f: DateTime!, $t: DateTime!, $id: ID) { usage(from: $f, to: $t, "
            + "tenantId: $id) { tenantId from to requests errors costUnits "
            + "operations { operation door requests errors costUnits } } }";

    private static String now(long plusHours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(plusHours).toString();
    }

    @Test
    void shouldStoreTheCountsAndReportThemOnBothDoors() {
        TenantKey t = newTenant("usage tenant", "READ");
        for (int i = 0; i < 4; i++) {
            ok(t.key(), "query Lookups { materials(first: 2) { edges { node { id } } } }");
        }
        graphql(t.key(), "query Broken { material(id: \"not-a-uuid\") { id } }");
        JsonNode report = ok(t.key(), USAGE, Map.of("f", now(-1), "t", now(1))).path("usage");
        JsonNode lookups = operation(report, "Lookups", "GRAPHQL");
        assertThat(lookups.path("requests").asLong()).isEqualTo(4);
        assertThat(lookups.path("errors").asLong()).isZero();
        assertThat(lookups.path("costUnits").asLong()).isPositive();
        JsonNode broken = operation(report, "Broken", "GRAPHQL");
        assertThat(broken.path("errors").asLong()).isEqualTo(1);
        assertThat(report.path("requests").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(report.path("from").asString())
                .isEqualTo(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.HOURS).toString()
                        .replace("Z", ":00Z"));

        // the counts are in PostgreSQL, not only in the replica's memory
        assertThat(sqlCount("SELECT coalesce(sum(requests), 0) FROM usage_meter WHERE tenant_id = '"
                + t.tenantId() + "' AND operation = 'Lookups'")).isEqualTo(4);

        // the REST route gives the same figures, and counts the report before it (anonymous, so named by its field)
        Response rest = get("/api/v1/usage?from=" + now(-1) + "&to=" + now(1), "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(200);
        JsonNode restLookups = operation(rest.body(), "Lookups", "GRAPHQL");
        assertThat(restLookups).isEqualTo(lookups);
        assertThat(operation(rest.body(), "anonymous query {usage}", "GRAPHQL").path("requests").asLong()).isEqualTo(1);

        // a period before any of it reports nothing
        JsonNode empty = ok(t.key(), USAGE, Map.of("f", "2001-01-01T00:00:00Z", "t", "2001-02-01T00:00:00Z"))
                .path("usage");
        assertThat(empty.path("requests").asLong()).isZero();
        assertThat(empty.path("operations").isEmpty()).isTrue();
    }

    @Test
    void shouldShowATenantOnlyItsOwnUsageAndTheOperatorTheNamedTenant() {
        TenantKey a = newTenant("usage tenant a", "READ");
        TenantKey b = newTenant("usage tenant b", "READ");
        ok(a.key(), "query OnlyA { materials(first: 1) { totalCount } }");

        JsonNode seenByB = ok(b.key(), USAGE, Map.of("f", now(-1), "t", now(1))).path("usage");
        assertThat(seenByB.path("tenantId").asString()).isEqualTo(b.tenantId());
        assertThat(seenByB.toString()).doesNotContain("OnlyA");

        Response named = graphql(b.key(), USAGE, Map.of("f", now(-1), "t", now(1), "id", a.tenantId()));
        assertThat(named.errorCode()).as(named.raw()).isEqualTo("NOT_FOUND");
        assertThat(named.raw()).doesNotContain("OnlyA");

        JsonNode byOperator = ok(ADMIN_KEY, USAGE, Map.of("f", now(-1), "t", now(1), "id", a.tenantId()))
                .path("usage");
        assertThat(operation(byOperator, "OnlyA", "GRAPHQL").path("requests").asLong()).isEqualTo(1);

        Response unnamed = graphql(ADMIN_KEY, USAGE, Map.of("f", now(-1), "t", now(1)));
        assertThat(unnamed.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(unnamed.errors().path(0).path("extensions").path("field").toString()).contains("tenantId");
        Response unknown = graphql(ADMIN_KEY, USAGE, Map.of("f", now(-1), "t", now(1),
                "id", "00000000-0000-0000-0000-0000000000aa"));
        assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldRefuseABadPeriodOnTheFieldAtFaultThroughBothDoors() {
        TenantKey t = newTenant("usage period tenant", "READ");
        Response backwards = graphql(t.key(), USAGE, Map.of("f", now(1), "t", now(-1)));
        assertThat(backwards.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(backwards.errors().path(0).path("extensions").path("field").toString()).contains("to");
        Response tooLong = graphql(t.key(), USAGE, Map.of("f", "2020-01-01T00:00:00Z", "t", "2022-01-01T00:00:00Z"));
        assertThat(tooLong.errorCode()).isEqualTo("BAD_USER_INPUT");
        Response notADate = graphql(t.key(), USAGE, Map.of("f", "yesterday", "t", now(1)));
        assertThat(notADate.errorCode()).isEqualTo("BAD_USER_INPUT");

        Response rest = get("/api/v1/usage?from=" + now(1) + "&to=" + now(-1), "Authorization", "Bearer " + t.key());
        assertThat(rest.status()).as(rest.raw()).isEqualTo(400);
        assertThat(rest.body().path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(rest.body().path("field").toString()).contains("to");
        Response restMissing = get("/api/v1/usage?to=" + now(1), "Authorization", "Bearer " + t.key());
        assertThat(restMissing.status()).as(restMissing.raw()).isEqualTo(400);
        assertThat(restMissing.body().path("field").toString()).contains("from");
    }

    private static JsonNode operation(JsonNode report, String name, String door) {
        for (JsonNode o : report.path("operations")) {
            if (o.path("operation").asString().equals(name) && o.path("door").asString().equals(door)) {
                return o;
            }
        }
        throw new AssertionError("no " + name + " " + door + " in " + report);
    }
}
