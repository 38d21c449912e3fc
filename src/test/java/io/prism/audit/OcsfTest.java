package io.prism.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCSF mapping without a database: the class, activity and type of every action, the attributes each event
 * carries, and that every attribute written is one OCSF 1.8.0 defines for the event's class (its own, its
 * category's and the base event's) or for the object it sits in.
 */
class OcsfTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Ocsf OCSF = new Ocsf("1.2.3");
    private static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

    /** The base event's attributes in OCSF 1.8.0 that the mapping may use. */
    private static final Set<String> BASE = Set.of("activity_id", "activity_name", "category_name", "category_uid",
            "class_name", "class_uid", "message", "metadata", "severity", "severity_id", "status", "status_code",
            "status_detail", "status_id", "time", "timezone_offset", "type_name", "type_uid", "unmapped");
    /** The attributes each class adds (with its category's), OCSF 1.8.0. */
    private static final Map<Integer, Set<String>> CLASS = Map.of(
            Ocsf.API_ACTIVITY, Set.of("actor", "api", "dst_endpoint", "http_request", "http_response", "resources",
                    "src_endpoint"),
            Ocsf.ACCOUNT_CHANGE, Set.of("actor", "http_request", "http_response", "src_endpoint", "auth_factors",
                    "policies", "policy", "user", "user_result"),
            Ocsf.AUTHENTICATION, Set.of("actor", "http_request", "http_response", "src_endpoint",
                    "auth_protocol", "auth_protocol_id", "dst_endpoint", "is_mfa", "is_remote", "logon_type",
                    "logon_type_id", "service", "session", "status_detail", "user"));
    /** The attributes of the objects the mapping writes, OCSF 1.8.0. */
    private static final Map<String, Set<String>> OBJECTS = Map.of(
            "metadata", Set.of("correlation_uid", "event_code", "log_name", "product", "sequence", "tenant_uid",
                    "uid", "version"),
            "product", Set.of("name", "uid", "vendor_name", "version"),
            "actor", Set.of("app_name", "app_uid", "user"),
            "user", Set.of("account", "name", "type", "type_id", "uid"),
            "api", Set.of("operation", "request", "response", "service", "version"),
            "service", Set.of("name", "uid", "version"),
            "request", Set.of("uid"),
            "policy", Set.of("desc", "is_applied", "name", "uid"),
            "resources", Set.of("data", "name", "type", "uid"));

    private static AuditEvent event(String action, AuditEvent.Actor actor, AuditEvent.Outcome outcome,
                                    String errorCode, String before, String after) {
        return new AuditEvent(TENANT,
                7, UUID.randomUUID(), OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 123_456_000, ZoneOffset.UTC), actor,
                action, resourceType(action), action.equals("request.refused") ? null : UUID.randomUUID().toString(),
                outcome, errorCode, "corr-1", "GRAPHQL", "Op", "a".repeat(64), "b".repeat(64),
                before == null ? null : JSON.readTree(before), after == null ? null : JSON.readTree(after),
                new byte[32]);
    }

    private static String resourceType(String action) {
        String head = action.substring(0, action.indexOf('.'));
        return Character.toUpperCase(head.charAt(0)) + head.substring(1);
    }

    private static AuditEvent success(String action, String before, String after) {
        return event(action, new AuditEvent.Actor(AuditEvent.Actor.Type.KEY, KEY, "prism_abc123"),
                AuditEvent.Outcome.SUCCESS, null, before, after);
    }

    private static String kind(AuditEvent e) {
        Ocsf.Kind k = Ocsf.kind(e);
        return k.classUid() + "/" + k.activityId() + "/" + k.typeUid();
    }

    @Test
    void shouldGiveEachActionItsClassActivityAndType() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("material.create", "6003/1/600301"), Map.entry("tool.update", "6003/3/600303"),
                Map.entry("machine.delete", "6003/4/600304"), Map.entry("cuttingData.delete", "6003/4/600304"),
                Map.entry("calculation.OPTIMIZE", "6003/1/600301"), Map.entry("apiKey.create", "3001/1/300101"),
                Map.entry("apiKey.rotate", "3001/3/300103"), Map.entry("apiKey.revoke", "3001/5/300105"),
                Map.entry("tenant.create", "3001/1/300101"), Map.entry("material.archive", "6003/99/600399"));
        expected.forEach((action, kind) -> assertThat(kind(success(action, null, "{}"))).as(action).isEqualTo(kind));
        assertThat(kind(success("cuttingData.set", null, "{}"))).isEqualTo("6003/1/600301");
        assertThat(kind(success("cuttingData.set", "{}", "{}"))).isEqualTo("6003/3/600303");
        assertThat(kind(success("tenant.setTrustedDocumentsOnly", "{}", "{\"trustedDocumentsOnly\": true}")))
                .isEqualTo("3001/7/300107");
        assertThat(kind(success("tenant.setTrustedDocumentsOnly", "{}", "{\"trustedDocumentsOnly\": false}")))
                .isEqualTo("3001/8/300108");
        assertThat(kind(success("tenant.setRateLimit", "{}", "{\"unitsPerMinute\": 600}"))).isEqualTo("3001/7/300107");
        assertThat(kind(success("tenant.setRateLimit", "{}", "{\"unitsPerMinute\": null}")))
                .isEqualTo("3001/8/300108");
        assertThat(kind(event("request.refused", AuditEvent.Actor.SYSTEM, AuditEvent.Outcome.REFUSED,
                "RATE_LIMITED", null, null))).isEqualTo("6003/0/600300");
        assertThat(kind(event("auth.failed", AuditEvent.Actor.ANONYMOUS, AuditEvent.Outcome.REFUSED,
                "UNAUTHENTICATED", null, null))).isEqualTo("3002/1/300201");
    }

    @Test
    void shouldWriteTheEventsAttributes() {
        AuditEvent update = success("material.update", "{\"kc11\": 1700}", "{\"kc11\": 1775}");
        ObjectNode o = OCSF.event(update);
        assertThat(o.path("time").asLong()).isEqualTo(update.occurredAt().toInstant().toEpochMilli());
        assertThat(o.path("type_name").asString()).isEqualTo("API Activity: Update");
        assertThat(o.path("category_name").asString()).isEqualTo("Application Activity");
        assertThat(o.path("severity_id").asInt()).isEqualTo(1);
        assertThat(o.path("status").asString()).isEqualTo("Success");
        assertThat(o.has("status_detail")).isFalse();
        assertThat(o.path("metadata").path("uid").asString()).isEqualTo(update.eventId().toString());
        assertThat(o.path("metadata").path("sequence").asLong()).isEqualTo(7);
        assertThat(o.path("metadata").path("correlation_uid").asString()).isEqualTo("corr-1");
        assertThat(o.path("metadata").path("product").path("version").asString()).isEqualTo("1.2.3");
        assertThat(o.path("actor").path("user").path("uid").asString()).isEqualTo(KEY.toString());
        assertThat(o.path("actor").path("user").path("name").asString()).isEqualTo("prism_abc123");
        assertThat(o.path("api").path("operation").asString()).isEqualTo("Op");
        assertThat(o.path("api").path("request").path("uid").asString()).isEqualTo("corr-1");
        assertThat(o.path("resources").path(0).path("type").asString()).isEqualTo("Material");
        JsonNode unmapped = o.path("unmapped");
        assertThat(unmapped.path("occurred_at").asString()).isEqualTo("2026-03-01T12:00:00.123456Z");
        assertThat(unmapped.path("hash").asString()).isEqualTo(HexFormat.of().formatHex(update.hash()));
        assertThat(unmapped.path("prev_hash").asString()).isEqualTo("0".repeat(64));
        assertThat(unmapped.path("before").path("kc11").asInt()).isEqualTo(1700);

        ObjectNode refused = OCSF.event(event("request.refused", new AuditEvent.Actor(AuditEvent.Actor.Type.KEY,
                KEY, "prism_abc123"), AuditEvent.Outcome.REFUSED, "FORBIDDEN", null, null));
        assertThat(refused.path("status_id").asInt()).isEqualTo(2);
        assertThat(refused.path("status_code").asString()).isEqualTo("REFUSED");
        assertThat(refused.path("status_detail").asString()).isEqualTo("FORBIDDEN");
        assertThat(refused.path("severity_id").asInt()).isEqualTo(3);
        assertThat(refused.has("resources")).isFalse();
    }

    @Test
    void shouldWriteOnlyAttributesTheSchemaDefinesForTheClass() {
        List<AuditEvent> events = List.of(success("material.create", null, "{}"),
                success("apiKey.rotate", "{\"prefix\": \"prism_old\"}", "{\"prefix\": \"prism_old\"}"),
                success("tenant.setRateLimit", "{}", "{\"unitsPerMinute\": 600}"),
                event("tenant.create", new AuditEvent.Actor(AuditEvent.Actor.Type.OPERATOR, null, "prism_op"),
                        AuditEvent.Outcome.SUCCESS, null, null, "{\"name\": \"Acme\"}"),
                event("request.refused", AuditEvent.Actor.SYSTEM, AuditEvent.Outcome.REFUSED, "RATE_LIMITED", null,
                        null),
                event("auth.failed", AuditEvent.Actor.ANONYMOUS, AuditEvent.Outcome.REFUSED, "UNAUTHENTICATED",
                        null, null));
        for (AuditEvent e : events) {
            ObjectNode o = OCSF.event(e);
            Set<String> allowed = new HashSet<>(BASE);
            allowed.addAll(CLASS.get(o.path("class_uid").asInt()));
            assertThat(o.propertyNames()).as(e.action()).allSatisfy(name -> assertThat(allowed).contains(name));
            assertObjects(e.action(), o);
            assertThat(o.toString()).as("nulls are left out").doesNotContain(":null");
        }
        ObjectNode rotate = OCSF.event(events.get(1));
        assertThat(rotate.path("user").path("name").asString()).isEqualTo("prism_old");
        assertThat(rotate.path("user").path("type").asString()).isEqualTo("API Key");
        assertThat(rotate.path("unmapped").path("operation_name").asString()).isEqualTo("Op");
        ObjectNode limit = OCSF.event(events.get(2));
        assertThat(limit.path("policy").path("name").asString()).isEqualTo("rateLimit");
        assertThat(limit.path("policy").path("is_applied").asBoolean()).isTrue();
        assertThat(OCSF.event(events.get(3)).path("user").path("name").asString()).isEqualTo("Acme");
        assertThat(OCSF.event(events.get(5)).path("user").path("name").asString()).isEqualTo("anonymous");
    }

    /** Every object under the event, but {@code unmapped}, has only attributes of its OCSF object. */
    private static void assertObjects(String at, JsonNode node) {
        node.properties().forEach(p -> {
            if (p.getKey().equals("unmapped")) {
                return;
            }
            JsonNode value = p.getValue().isArray() ? p.getValue().path(0) : p.getValue();
            if (value.isObject()) {
                Set<String> allowed = OBJECTS.get(p.getKey());
                assertThat(allowed).as(at + " " + p.getKey()).isNotNull();
                assertThat(value.propertyNames()).as(at + " " + p.getKey()).allSatisfy(n ->
                        assertThat(allowed).contains(n));
                assertObjects(at, value);
            }
        });
    }
}
