package io.prism.audit;

import java.util.HexFormat;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps audit events to events of the Open Cybersecurity Schema Framework (OCSF), schema version
 * {@value #SCHEMA_VERSION}, for security tools that read OCSF. Catalog writes, calculations and refused requests are
 * API Activity (6003), key and tenant changes Account Change (3001), a failed authentication Authentication (3002);
 * {@link #kind} gives the class and activity of an event and docs/audit-ocsf.md the whole table. Each event carries
 * only attributes its class defines; what OCSF has no attribute for (the door, the digests, the hash chain, the
 * states before and after) is under {@code unmapped}. Absent values are left out rather than written as null.
 * Pure: no I/O, the same output for the same event.
 */
public final class Ocsf {

    /** The OCSF schema version the events follow ({@code metadata.version}). */
    public static final String SCHEMA_VERSION = "1.8.0";
    /** The product (and vendor, and API service) name the events give. */
    public static final String PRODUCT = "PRISM";
    /** {@code metadata.log_name}: the tenant's audit log. */
    public static final String LOG_NAME = "audit";

    /** OCSF class: API Activity, of category Application Activity. */
    public static final int API_ACTIVITY = 6003;
    /** OCSF class: Account Change, of category Identity &amp; Access Management. */
    public static final int ACCOUNT_CHANGE = 3001;
    /** OCSF class: Authentication, of category Identity &amp; Access Management. */
    public static final int AUTHENTICATION = 3002;

    /** Refusals of who the caller is or what it may do, rated Medium rather than Low. */
    private static final Set<String> SECURITY_REFUSALS = Set.of("UNAUTHENTICATED", "FORBIDDEN",
            "RESIDENCY_VIOLATION");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final HexFormat HEX = HexFormat.of();

    private final String productVersion;

    /** @param productVersion the service's version ({@code metadata.product.version}) */
    public Ocsf(String productVersion) {
        this.productVersion = productVersion;
    }

    /**
     * What OCSF calls an event: its class and category, and its activity within the class.
     *
     * @param activityName the caption of {@code activityId} in the class
     */
    public record Kind(int classUid, String className, int categoryUid, String categoryName, int activityId,
                       String activityName) {

        /** {@code type_uid}: {@code class_uid * 100 + activity_id}. */
        public long typeUid() {
            return classUid * 100L + activityId;
        }

        /** {@code type_name}: the class and activity captions. */
        public String typeName() {
            return className + ": " + activityName;
        }
    }

    /** The OCSF class and activity of an event, from its action (and for a few actions, its state after). */
    public static Kind kind(AuditEvent e) {
        String action = e.action();
        if (action.equals("auth.failed")) {
            return new Kind(AUTHENTICATION, "Authentication", 3, "Identity & Access Management", 1, "Logon");
        }
        if (action.startsWith("apiKey.") || action.startsWith("tenant.")) {
            return accountChange(e);
        }
        return apiActivity(e);
    }

    private static Kind apiActivity(AuditEvent e) {
        String action = e.action();
        if (action.startsWith("calculation.")) {
            return api(1, "Create");
        }
        if (action.equals("request.refused")) {
            return api(0, "Unknown");
        }
        return switch (action.substring(action.indexOf('.') + 1)) {
            case "create" -> api(1, "Create");
            case "read" -> api(2, "Read");
            case "update" -> api(3, "Update");
            case "delete" -> api(4, "Delete");
            case "set" -> e.before() == null ? api(1, "Create") : api(3, "Update");
            default -> api(99, "Other");
        };
    }

    private static Kind accountChange(AuditEvent e) {
        return switch (e.action()) {
            case "apiKey.create", "tenant.create" -> account(1, "Create");
            case "apiKey.rotate" -> account(3, "Password Change");
            case "apiKey.revoke" -> account(5, "Disable");
            case "tenant.setTrustedDocumentsOnly", "tenant.setRateLimit" ->
                    policyApplied(e) ? account(7, "Attach Policy") : account(8, "Detach Policy");
            default -> account(99, "Other");
        };
    }

    private static Kind api(int activityId, String activityName) {
        return new Kind(API_ACTIVITY, "API Activity", 6, "Application Activity", activityId, activityName);
    }

    private static Kind account(int activityId, String activityName) {
        return new Kind(ACCOUNT_CHANGE, "Account Change", 3, "Identity & Access Management", activityId,
                activityName);
    }

    /**
     * Whether a tenant setting change puts a restriction in place: trusted documents only turned on, or a rate
     * limit of the tenant's own set (rather than removed, which leaves the tier's).
     */
    private static boolean policyApplied(AuditEvent e) {
        JsonNode after = e.after() == null ? F.missingNode() : e.after();
        return e.action().equals("tenant.setTrustedDocumentsOnly")
                ? after.path("trustedDocumentsOnly").asBoolean(false)
                : after.path("unitsPerMinute").isNumber();
    }

    /** The OCSF event of {@code e}, with the hash the log stores for it. */
    public ObjectNode event(AuditEvent e, byte[] hash) {
        Kind kind = kind(e);
        ObjectNode o = F.objectNode();
        classification(o, kind);
        o.put("time", e.occurredAt().toInstant().toEpochMilli());
        o.put("timezone_offset", 0);
        severity(o, e);
        status(o, e);
        o.put("message", message(e));
        o.set("metadata", metadata(e));
        o.set("actor", actor(e.actor()));
        switch (kind.classUid()) {
            case AUTHENTICATION -> authentication(o);
            case ACCOUNT_CHANGE -> accountChange(o, e);
            default -> apiActivity(o, e);
        }
        o.set("unmapped", unmapped(e, hash, kind));
        return o;
    }

    /** The OCSF event of {@code e}, with the hash computed from its canonical form. */
    public ObjectNode event(AuditEvent e) {
        return event(e, e.hash());
    }

    private static void classification(ObjectNode o, Kind kind) {
        o.put("class_uid", kind.classUid());
        o.put("class_name", kind.className());
        o.put("category_uid", kind.categoryUid());
        o.put("category_name", kind.categoryName());
        o.put("activity_id", kind.activityId());
        o.put("activity_name", kind.activityName());
        o.put("type_uid", kind.typeUid());
        o.put("type_name", kind.typeName());
    }

    /** Informational for a success, Medium for a refusal of the caller's identity or rights, Low otherwise. */
    private static void severity(ObjectNode o, AuditEvent e) {
        int id = e.outcome() == AuditEvent.Outcome.SUCCESS ? 1
                : e.errorCode() != null && SECURITY_REFUSALS.contains(e.errorCode()) ? 3 : 2;
        o.put("severity_id", id);
        o.put("severity", switch (id) {
            case 1 -> "Informational";
            case 2 -> "Low";
            default -> "Medium";
        });
    }

    /** Success or Failure (a refusal is a failure), the outcome as {@code status_code}, the error code as detail. */
    private static void status(ObjectNode o, AuditEvent e) {
        boolean success = e.outcome() == AuditEvent.Outcome.SUCCESS;
        o.put("status_id", success ? 1 : 2);
        o.put("status", success ? "Success" : "Failure");
        o.put("status_code", e.outcome().name());
        putIf(o, "status_detail", e.errorCode());
    }

    private static String message(AuditEvent e) {
        String outcome = switch (e.outcome()) {
            case SUCCESS -> "succeeded";
            case FAILURE -> "failed";
            case REFUSED -> "was refused";
        };
        return e.action() + " " + outcome + (e.errorCode() == null ? "" : " (" + e.errorCode() + ")");
    }

    private ObjectNode metadata(AuditEvent e) {
        ObjectNode m = F.objectNode();
        m.put("version", SCHEMA_VERSION);
        ObjectNode product = m.putObject("product");
        product.put("name", PRODUCT);
        product.put("vendor_name", PRODUCT);
        putIf(product, "version", productVersion);
        m.put("uid", e.eventId().toString());
        putIf(m, "correlation_uid", e.correlationId());
        m.put("log_name", LOG_NAME);
        m.put("sequence", e.seq());
        m.put("tenant_uid", e.tenant().value().toString());
        m.put("event_code", e.action());
        return m;
    }

    /**
     * Who caused the event: {@code actor.user} with the key's id as {@code uid} and its public prefix as
     * {@code name}. A tenant's key is type Other ("API Key"), the operator Admin, the service System, a caller
     * without a valid key Unknown ("anonymous").
     */
    static ObjectNode actor(AuditEvent.Actor a) {
        String keyId = a.keyId() == null ? null : a.keyId().toString();
        ObjectNode user = switch (a.type()) {
            case KEY -> user(keyId, a.keyPrefix(), 99, "API Key");
            case OPERATOR -> user(keyId, a.keyPrefix() == null ? "operator" : a.keyPrefix(), 2, "Admin");
            case SYSTEM -> user(null, PRODUCT, 3, "System");
            case ANONYMOUS -> user(null, "anonymous", 0, "Unknown");
        };
        ObjectNode actor = F.objectNode();
        actor.set("user", user);
        return actor;
    }

    private static ObjectNode user(String uid, String name, int typeId, String type) {
        ObjectNode user = F.objectNode();
        putIf(user, "uid", uid);
        putIf(user, "name", name);
        user.put("type_id", typeId);
        user.put("type", type);
        return user;
    }

    /** API Activity: the operation as {@code api}, the resource it was about as {@code resources}. */
    private static void apiActivity(ObjectNode o, AuditEvent e) {
        ObjectNode api = o.putObject("api");
        api.put("operation", e.operationName() == null ? e.action() : e.operationName());
        api.putObject("service").put("name", PRODUCT);
        if (e.correlationId() != null) {
            api.putObject("request").put("uid", e.correlationId());
        }
        if (e.resourceId() != null) {
            ObjectNode resource = o.putArray("resources").addObject();
            putIf(resource, "type", e.resourceType());
            resource.put("uid", e.resourceId());
        }
    }

    /**
     * Account Change: the key or tenant changed as {@code user} (its id, and the key's prefix or the tenant's
     * name), and for a tenant setting the restriction as {@code policy}.
     */
    private static void accountChange(ObjectNode o, AuditEvent e) {
        boolean key = e.action().startsWith("apiKey.");
        JsonNode state = e.after() != null ? e.after() : e.before();
        JsonNode name = state == null ? F.missingNode() : state.path(key ? "prefix" : "name");
        o.set("user", user(e.resourceId(), name.isString() ? name.asString() : null, 99,
                key ? "API Key" : "Tenant"));
        String policy = switch (e.action()) {
            case "tenant.setTrustedDocumentsOnly" -> "trustedDocumentsOnly";
            case "tenant.setRateLimit" -> "rateLimit";
            default -> null;
        };
        if (policy != null) {
            o.putObject("policy").put("name", policy).put("is_applied", policyApplied(e));
        }
    }

    /**
     * Authentication: the subject is unknown (the credential presented is never recorded), the service is PRISM,
     * reached over the network with a bearer API key.
     */
    private static void authentication(ObjectNode o) {
        o.set("user", user(null, "anonymous", 0, "Unknown"));
        o.putObject("service").put("name", PRODUCT);
        o.put("is_remote", true);
        o.put("auth_protocol_id", 99);
        o.put("auth_protocol", "API key");
    }

    /** What OCSF has no attribute for: the door, the digests, the hash chain and the states. */
    private static ObjectNode unmapped(AuditEvent e, byte[] hash, Kind kind) {
        ObjectNode u = F.objectNode();
        u.put("form_version", AuditEvent.FORM_VERSION);
        u.put("occurred_at", AuditEvent.time(e.occurredAt()));
        u.put("actor_type", e.actor().type().name());
        putIf(u, "door", e.door());
        if (kind.classUid() != API_ACTIVITY) {
            putIf(u, "operation_name", e.operationName());
        }
        putIf(u, "request_digest", e.requestDigest());
        putIf(u, "result_digest", e.resultDigest());
        u.put("prev_hash", HEX.formatHex(e.prevHash()));
        u.put("hash", HEX.formatHex(hash));
        if (e.before() != null) {
            u.set("before", e.before());
        }
        if (e.after() != null) {
            u.set("after", e.after());
        }
        return u;
    }

    private static void putIf(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
