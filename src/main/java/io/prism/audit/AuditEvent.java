package io.prism.audit;

import io.prism.audit.canonical.JsonCanonicalizer;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One event of a tenant's audit log, as stored: its place in the log ({@code seq}, {@code prevHash}) and what
 * happened. Its {@link #canonical() canonical form} is the RFC 8785 JSON of every field; {@link #hash()} is the
 * SHA-256 of that form and chains the event to the next one, and the same bytes are the event's Merkle tree leaf
 * (RFC 9162 §2.1.1). Recomputing the form from the stored columns is how a verification finds an edited field.
 *
 * @param occurredAt UTC, microseconds (what the database keeps)
 * @param before     the resource before a catalog change, or null
 * @param after      the resource after a catalog change, or null
 */
public record AuditEvent(TenantId tenant, long seq, UUID eventId, OffsetDateTime occurredAt, Actor actor,
                         String action, String resourceType, String resourceId, Outcome outcome, String errorCode,
                         String correlationId, String door, String operationName, String requestDigest,
                         String resultDigest, JsonNode before, JsonNode after, byte[] prevHash) {

    /** The version of the canonical form; a change to the form is a new version, old events keep theirs. */
    public static final int FORM_VERSION = 1;

    /** The hash before a log's first event. */
    public static final byte[] NO_PREVIOUS = new byte[32];

    /** How the canonical form writes a time. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    public AuditEvent {
        prevHash = prevHash.clone();
    }

    /** Whether an event succeeded, failed while it ran, or was refused before it ran. */
    public enum Outcome { SUCCESS, FAILURE, REFUSED }

    /**
     * Who caused the event: a tenant's API key (its id and public prefix), the platform operator, a caller without
     * a valid key, or the service itself.
     */
    public record Actor(Type type, UUID keyId, String keyPrefix) {

        public enum Type { KEY, OPERATOR, ANONYMOUS, SYSTEM }

        public static final Actor ANONYMOUS = new Actor(Type.ANONYMOUS, null, null);
        public static final Actor SYSTEM = new Actor(Type.SYSTEM, null, null);
    }

    @Override
    public byte[] prevHash() {
        return prevHash.clone();
    }

    /** The time as the canonical form writes it: UTC with six fraction digits. */
    public static String time(OffsetDateTime at) {
        return TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The canonical form's JSON object: every field of the event, nulls included. */
    public ObjectNode canonicalObject() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("v", FORM_VERSION);
        o.put("tenant", tenant.value().toString());
        o.put("seq", seq);
        o.put("eventId", eventId.toString());
        o.put("occurredAt", time(occurredAt));
        ObjectNode a = o.putObject("actor");
        a.put("type", actor.type().name());
        a.put("keyId", actor.keyId() == null ? null : actor.keyId().toString());
        a.put("keyPrefix", actor.keyPrefix());
        o.put("action", action);
        ObjectNode r = o.putObject("resource");
        r.put("type", resourceType);
        r.put("id", resourceId);
        o.put("outcome", outcome.name());
        o.put("errorCode", errorCode);
        o.put("correlationId", correlationId);
        o.put("door", door);
        o.put("operationName", operationName);
        o.put("requestDigest", requestDigest);
        o.put("resultDigest", resultDigest);
        o.set("before", before == null ? f.nullNode() : before);
        o.set("after", after == null ? f.nullNode() : after);
        o.put("prevHash", HexFormat.of().formatHex(prevHash));
        return o;
    }

    /** The RFC 8785 canonical form, UTF-8. */
    public byte[] canonical() {
        return JsonCanonicalizer.canonicalize(canonicalObject());
    }

    /** SHA-256 of the canonical form: this event's link in the hash chain. */
    public byte[] hash() {
        return Digests.sha256(canonical());
    }
}
