package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.prism.service.KeyUsageRecorder;
import io.prism.support.IntegrationTest;
import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The API key lifecycle over the GraphQL door, against PostgreSQL: create, list, rotate with an overlap window,
 * revoke, expiry and the last-used time; who may manage which keys; bad input that names its field and changes
 * nothing. The REST door is {@code io.prism.web.ApiKeyRestTest}; several replicas and the failure limit are
 * {@link KeyReplicaTest}.
 */
class ApiKeyLifecycleTest extends IntegrationTest {

    static final String KEY_FIELDS = "id tenantId prefix scopes description createdAt expiresAt revokedAt lastUsedAt "
            + "status rotatedFromId replacedById retiresAt";
    static final String CREATE = "mutation($in: CreateApiKeyInput!) { createApiKey(input: $in) { plainKey apiKey { "
            + KEY_FIELDS + " } } }";
    static final String ROTATE = "mutation($id: ID!, $o: Int) { rotateApiKey(id: $id, overlapSeconds: $o) { "
            + "plainKey apiKey { " + KEY_FIELDS + " } previous { " + KEY_FIELDS + " } } }";
    static final String REVOKE = "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { " + KEY_FIELDS + " } } }";
    static final String KEY = "query($id: ID!) { apiKey(id: $id) { " + KEY_FIELDS + " } }";
    static final String LIST = "query($first: Int, $after: String, $t: ID) { apiKeys(first: $first, after: $after, "
            + "tenantId: $t) { edges { cursor node { " + KEY_FIELDS + " } } "
            + "pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } }";
    static final String ME = "{ me { tenant { id } keyId } }";

    @Autowired
    private KeyUsageRecorder usage;

    @Test
    void shouldListKeysNewestFirstInPagesAndNeverShowASecret() {
        TenantKey t = newTenant("key list tenant", "READ", "KEYS");
        JsonNode reporting = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, "reporting");
        JsonNode cam = create(ADMIN_KEY, t.tenantId(), List.of("READ", "CALC"), "2031-01-01T00:00:00Z", "cam plug-in");

        Response first = graphql(t.key(), LIST, Map.of("first", 2));
        JsonNode page = first.data().path("apiKeys");
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(id(cam), id(reporting));
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode camNode = page.path("edges").path(0).path("node");
        assertThat(camNode.path("prefix").asString()).isEqualTo(ApiKeys.displayPrefix(plain(cam)));
        assertThat(camNode.path("scopes").toString()).isEqualTo("[\"READ\",\"CALC\"]");
        assertThat(camNode.path("description").asString()).isEqualTo("cam plug-in");
        assertThat(camNode.path("expiresAt").asString()).isEqualTo("2031-01-01T00:00:00Z");
        assertThat(camNode.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(camNode.path("tenantId").asString()).isEqualTo(t.tenantId());
        assertThat(camNode.path("rotatedFromId").isNull()).isTrue();

        Map<String, Object> next = new HashMap<>(Map.of("first", 2));
        next.put("after", page.path("pageInfo").path("endCursor").asString());
        JsonNode rest = ok(t.key(), LIST, next).path("apiKeys");
        assertThat(ids(rest)).containsExactly(t.keyId());
        assertThat(rest.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        assertThat(rest.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(ok(ADMIN_KEY, LIST, Map.of("t", t.tenantId())).path("apiKeys").path("totalCount").asInt())
                .isEqualTo(3);

        for (String secret : List.of(t.key(), plain(reporting), plain(cam))) {
            assertThat(first.raw()).doesNotContain(secret).doesNotContain(ApiKeys.hash(secret));
            assertThat(graphql(t.key(), KEY, Map.of("id", t.keyId())).raw()).doesNotContain(ApiKeys.hash(secret));
        }
    }

    @Test
    void shouldLetAKeysKeyManageItsOwnTenantsKeysOnly() {
        TenantKey mine = newTenant("keys manager", "READ", "CALC", "KEYS");
        TenantKey other = newTenant("keys neighbour", "READ", "KEYS");
        JsonNode own = create(mine.key(), null, List.of("READ", "CALC"), null, "made by the tenant");
        assertThat(own.path("apiKey").path("tenantId").asString()).isEqualTo(mine.tenantId());
        assertThat(ok(plain(own), ME).path("me").path("tenant").path("id").asString()).isEqualTo(mine.tenantId());
        assertThat(ok(mine.key(), KEY, Map.of("id", id(own))).path("apiKey").path("id").asString())
                .isEqualTo(id(own));

        long before = keysOf(other);
        assertThat(graphql(mine.key(), LIST, Map.of("t", other.tenantId())).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(mine.key(), KEY, Map.of("id", other.keyId())).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(mine.key(), ROTATE, Map.of("id", other.keyId())).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(mine.key(), REVOKE, Map.of("id", other.keyId())).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(graphql(mine.key(), CREATE, Map.of("in", Map.of("tenantId", other.tenantId(), "scopes",
                List.of("READ")))).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(keysOf(other)).isEqualTo(before);
        assertThat(ok(other.key(), KEY, Map.of("id", other.keyId())).path("apiKey").path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void shouldNeverLetATenantGrantAdminOrAScopeItLacks() {
        TenantKey t = newTenant("scope keeper", "READ", "KEYS");
        long before = keysOf(t);
        Response wider = graphql(t.key(), CREATE, Map.of("in", Map.of("scopes", List.of("READ", "WRITE"))));
        assertThat(wider.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(wider.errors().path(0).path("message").asString()).contains("WRITE").doesNotContain("READ,");
        Response admin = graphql(t.key(), CREATE, Map.of("in", Map.of("scopes", List.of("ADMIN"))));
        assertThat(admin.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(field(admin)).isEqualTo("input.scopes");
        assertThat(keysOf(t)).isEqualTo(before);

        JsonNode writer = create(ADMIN_KEY, t.tenantId(), List.of("WRITE"), null, null);
        assertThat(graphql(t.key(), ROTATE, Map.of("id", id(writer))).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(keysOf(t)).isEqualTo(before + 1);
        JsonNode revoked = ok(t.key(), REVOKE, Map.of("id", id(writer))).path("revokeApiKey").path("apiKey");
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");

        TenantKey plainTenant = newTenant("no keys scope", "READ", "WRITE", "CALC");
        for (String query : List.of(LIST, KEY, ROTATE, REVOKE)) {
            assertThat(graphql(plainTenant.key(), query, Map.of("id", plainTenant.keyId())).errorCode()).as(query)
                    .isEqualTo("FORBIDDEN");
        }
        assertThat(graphql(plainTenant.key(), CREATE, Map.of("in", Map.of("scopes", List.of("READ")))).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldKeepTheOldKeyWorkingThroughTheOverlapThenRefuseIt() throws InterruptedException {
        TenantKey t = newTenant("rotation overlap", "READ", "CALC", "KEYS");
        JsonNode target = create(ADMIN_KEY, t.tenantId(), List.of("READ", "CALC"), "2031-06-01T00:00:00Z",
                "ci runner");
        OffsetDateTime rotatedAt = OffsetDateTime.now();
        JsonNode rotation = ok(t.key(), ROTATE, Map.of("id", id(target), "o", 2)).path("rotateApiKey");
        JsonNode fresh = rotation.path("apiKey");
        JsonNode previous = rotation.path("previous");
        String newKey = rotation.path("plainKey").asString();
        assertThat(newKey).isNotEqualTo(plain(target)).startsWith(ApiKeys.PREFIX);
        assertThat(fresh.path("scopes").toString()).isEqualTo("[\"READ\",\"CALC\"]");
        assertThat(fresh.path("description").asString()).isEqualTo("ci runner");
        assertThat(fresh.path("expiresAt").asString()).isEqualTo("2031-06-01T00:00:00Z");
        assertThat(fresh.path("rotatedFromId").asString()).isEqualTo(id(target));
        assertThat(fresh.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(previous.path("replacedById").asString()).isEqualTo(fresh.path("id").asString());
        assertThat(previous.path("status").asString()).isEqualTo("ROTATING");
        OffsetDateTime retiresAt = OffsetDateTime.parse(previous.path("retiresAt").asString());
        assertThat(Duration.between(rotatedAt, retiresAt).toMillis()).isBetween(1_500L, 2_500L);

        assertThat(ok(plain(target), ME).path("me").path("keyId").asString()).isEqualTo(id(target));
        assertThat(ok(newKey, ME).path("me").path("keyId").asString()).isEqualTo(fresh.path("id").asString());
        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), retiresAt).toMillis() + 50));
        assertUnauthenticated(graphql(plain(target), ME), "was rotated");
        ok(newKey, ME);
        assertThat(ok(t.key(), KEY, Map.of("id", id(target))).path("apiKey").path("status").asString())
                .isEqualTo("RETIRED");
    }

    @Test
    void shouldStopTheOldKeyAtOnceWithNoOverlapAndUseTheDefaultOtherwise() {
        TenantKey t = newTenant("rotation without overlap", "READ", "KEYS");
        JsonNode target = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, null);
        JsonNode rotation = ok(ADMIN_KEY, ROTATE, Map.of("id", id(target), "o", 0)).path("rotateApiKey");
        assertUnauthenticated(graphql(plain(target), ME), "was rotated");
        ok(rotation.path("plainKey").asString(), ME);
        assertThat(rotation.path("previous").path("status").asString()).isEqualTo("RETIRED");

        JsonNode again = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, null);
        JsonNode byDefault = ok(t.key(), ROTATE, Map.of("id", id(again))).path("rotateApiKey").path("previous");
        assertThat(OffsetDateTime.parse(byDefault.path("retiresAt").asString()))
                .isCloseTo(OffsetDateTime.now().plusHours(24), within(1, ChronoUnit.MINUTES));
        ok(plain(again), ME);
    }

    @Test
    void shouldRefuseToRotateARevokedExpiredOrAlreadyRotatedKey() throws SQLException {
        TenantKey t = newTenant("unrotatable keys", "READ", "KEYS");
        JsonNode rotated = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, null);
        String replacement = ok(t.key(), ROTATE, Map.of("id", id(rotated))).path("rotateApiKey").path("apiKey")
                .path("id").asString();
        JsonNode revoked = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, null);
        ok(t.key(), REVOKE, Map.of("id", id(revoked)));
        JsonNode expired = create(ADMIN_KEY, t.tenantId(), List.of("READ"), null, null);
        expireNow(id(expired));
        long before = keysOf(t);

        assertBadInput(graphql(t.key(), ROTATE, Map.of("id", id(rotated))), "id", "already rotated")
                .contains(replacement);
        assertBadInput(graphql(ADMIN_KEY, ROTATE, Map.of("id", id(revoked))), "id", "is revoked");
        assertBadInput(graphql(t.key(), ROTATE, Map.of("id", id(expired))), "id", "has expired");
        assertThat(keysOf(t)).isEqualTo(before);
    }

    @Test
    void shouldRejectBadInputNamingTheFieldAndChangeNothing() {
        TenantKey t = newTenant("bad key input", "READ", "KEYS");
        long before = keysOf(t);
        assertBadInput(graphql(t.key(), ROTATE, Map.of("id", t.keyId(), "o", -1)), "overlapSeconds", "between 0");
        assertBadInput(graphql(t.key(), ROTATE, Map.of("id", t.keyId(), "o", 604_801)), "overlapSeconds", "604800");
        assertBadInput(graphql(t.key(), ROTATE, Map.of("id", "not-a-key")), "id", "not a valid id");
        assertBadInput(graphql(t.key(), REVOKE, Map.of("id", "not-a-key")), "id", "not a valid id");
        assertBadInput(graphql(t.key(), LIST, Map.of("first", 0)), "first", "between 1 and 100");
        assertBadInput(graphql(t.key(), LIST, Map.of("after", "garbage")), "after", "cursor");
        assertBadInput(graphql(ADMIN_KEY, LIST, Map.of()), "tenantId", "required");
        assertBadInput(graphql(ADMIN_KEY, CREATE, Map.of("in", Map.of("scopes", List.of("READ")))), "input.tenantId",
                "required");
        assertBadInput(graphql(t.key(), CREATE, Map.of("in", Map.of("scopes", List.of("READ"), "description",
                "x".repeat(201)))), "input.description", "200");
        String unknown = "5d1c1d57-0000-4000-8000-0000000000c4";
        for (String query : List.of(KEY, ROTATE, REVOKE)) {
            assertThat(graphql(t.key(), query, Map.of("id", unknown)).errorCode()).as(query).isEqualTo("NOT_FOUND");
            assertThat(graphql(ADMIN_KEY, query, Map.of("id", unknown)).errorCode()).as(query).isEqualTo("NOT_FOUND");
        }
        assertThat(keysOf(t)).isEqualTo(before);
        assertThat(ok(t.key(), KEY, Map.of("id", t.keyId())).path("apiKey").path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void shouldRevokeAKeyForTheVeryNextRequest() {
        TenantKey t = newTenant("revoking tenant", "READ", "KEYS");
        JsonNode other = create(t.key(), null, List.of("READ"), null, null);
        ok(plain(other), ME);
        JsonNode revoked = ok(t.key(), REVOKE, Map.of("id", id(other))).path("revokeApiKey").path("apiKey");
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
        assertUnauthenticated(graphql(plain(other), ME), "revoked");
        JsonNode again = ok(ADMIN_KEY, REVOKE, Map.of("id", id(other))).path("revokeApiKey").path("apiKey");
        assertThat(again.path("revokedAt").asString()).isEqualTo(revoked.path("revokedAt").asString());

        ok(t.key(), REVOKE, Map.of("id", t.keyId()));
        assertUnauthenticated(graphql(t.key(), ME), "revoked");
    }

    @Test
    void shouldStopAKeyAtItsExpiry() throws InterruptedException {
        TenantKey t = newTenant("expiring keys", "READ", "KEYS");
        OffsetDateTime expiry = OffsetDateTime.now().plusSeconds(1);
        JsonNode key = create(t.key(), null, List.of("READ"), expiry.toString(), null);
        ok(plain(key), ME);
        Thread.sleep(Math.max(0, Duration.between(OffsetDateTime.now(), expiry).toMillis() + 50));
        assertUnauthenticated(graphql(plain(key), ME), "expired");
        assertThat(ok(t.key(), KEY, Map.of("id", id(key))).path("apiKey").path("status").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void shouldRecordWhenAKeyWasLastUsed() {
        TenantKey t = newTenant("last used tenant", "READ", "KEYS");
        JsonNode key = create(t.key(), null, List.of("READ"), null, null);
        assertThat(ok(t.key(), KEY, Map.of("id", id(key))).path("apiKey").path("lastUsedAt").isNull()).isTrue();
        OffsetDateTime before = OffsetDateTime.now();
        for (int i = 0; i < 3; i++) {
            ok(plain(key), ME);
        }
        OffsetDateTime after = OffsetDateTime.now();
        usage.write();
        OffsetDateTime lastUsed = OffsetDateTime.parse(ok(t.key(), KEY, Map.of("id", id(key))).path("apiKey")
                .path("lastUsedAt").asString());
        assertThat(lastUsed).isBetween(before.minus(1, ChronoUnit.MILLIS), after.plus(1, ChronoUnit.MILLIS));
    }

    private JsonNode create(String caller, String tenantId, List<String> scopes, String expiresAt,
                            String description) {
        Map<String, Object> input = new HashMap<>();
        input.put("scopes", scopes);
        input.put("tenantId", tenantId);
        input.put("expiresAt", expiresAt);
        input.put("description", description);
        return ok(caller, CREATE, Map.of("in", input)).path("createApiKey");
    }

    private long keysOf(TenantKey t) {
        return sqlCount("SELECT count(*) FROM api_key WHERE tenant_id = '" + t.tenantId() + "'");
    }

    private static void expireNow(String keyId) throws SQLException {
        try (Connection c = TestDatabase.get().ownerConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE api_key SET expires_at = now() - interval '1 second' "
                     + "WHERE key_id = ?::uuid")) {
            ps.setString(1, keyId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> ids(JsonNode connection) {
        return connection.path("edges").valueStream().map(e -> e.path("node").path("id").asString()).toList();
    }

    private static String id(JsonNode created) {
        return created.path("apiKey").path("id").asString();
    }

    private static String plain(JsonNode created) {
        return created.path("plainKey").asString();
    }

    private static String field(Response r) {
        return r.errors().path(0).path("extensions").path("field").asString();
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertBadInput(Response r, String field,
                                                                             String messagePart) {
        assertThat(r.errorCode()).as(r.raw()).isEqualTo("BAD_USER_INPUT");
        assertThat(field(r)).as(r.raw()).isEqualTo(field);
        return assertThat(r.errors().path(0).path("message").asString()).contains(messagePart);
    }

    static void assertUnauthenticated(Response r, String messagePart) {
        assertThat(r.status()).as(r.raw()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(r.errors().path(0).path("message").asString()).contains(messagePart);
    }
}
