package io.prism.audit;

import io.prism.tenancy.TenantId;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event back from its canonical form ({@link AuditEvent#canonicalObject()}). Every field is read as the
 * form writes it; what the form cannot hold (a missing required field, a wrong type, an unknown enum value) is an
 * {@link IllegalArgumentException}. Whether the text was exactly the canonical form is not checked here: the
 * caller compares it with the form recomputed from the event, which also catches a missing optional field or an
 * extra one.
 */
public final class AuditEventParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private AuditEventParser() {
    }

    /** The event whose canonical form (UTF-8) is {@code line}. */
    public static AuditEvent parse(byte[] line) {
        JsonNode o = object(read(line), "the event");
        if (!o.path("v").isIntegralNumber() || o.path("v").asLong() != AuditEvent.FORM_VERSION) {
            throw new IllegalArgumentException("its form version is not " + AuditEvent.FORM_VERSION);
        }
        JsonNode resource = object(o.get("resource"), "resource");
        return new AuditEvent(new TenantId(uuid(o, "tenant")), seq(o), uuid(o, "eventId"), time(o),
                actor(object(o.get("actor"), "actor")), text(o, "action"), optional(resource, "type"),
                optional(resource, "id"), value(AuditEvent.Outcome.class, text(o, "outcome")),
                optional(o, "errorCode"), optional(o, "correlationId"), optional(o, "door"),
                optional(o, "operationName"), optional(o, "requestDigest"), optional(o, "resultDigest"),
                json(o, "before"), json(o, "after"), prevHash(o));
    }

    private static JsonNode read(byte[] line) {
        try {
            return JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("it is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return node;
    }

    private static AuditEvent.Actor actor(JsonNode a) {
        String keyId = optional(a, "keyId");
        return new AuditEvent.Actor(value(AuditEvent.Actor.Type.class, text(a, "type")),
                keyId == null ? null : uuid(a, "keyId"), optional(a, "keyPrefix"));
    }

    private static long seq(JsonNode o) {
        JsonNode seq = o.get("seq");
        if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 0) {
            throw new IllegalArgumentException("seq is not a number of the log");
        }
        return seq.asLong();
    }

    private static OffsetDateTime time(JsonNode o) {
        try {
            return LocalDateTime.parse(text(o, "occurredAt"), AuditEvent.TIME).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("occurredAt is not a UTC time with six fraction digits");
        }
    }

    private static byte[] prevHash(JsonNode o) {
        byte[] hash;
        try {
            hash = HexFormat.of().parseHex(text(o, "prevHash"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prevHash is not hexadecimal");
        }
        if (hash.length != 32) {
            throw new IllegalArgumentException("prevHash is not a SHA-256 hash");
        }
        return hash;
    }

    private static UUID uuid(JsonNode o, String field) {
        try {
            return UUID.fromString(text(o, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a UUID");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName());
        }
    }

    private static String text(JsonNode o, String field) {
        String value = optional(o, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static String optional(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return v.stringValue();
    }

    private static JsonNode json(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v;
    }
}
