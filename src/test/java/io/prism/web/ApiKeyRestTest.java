package io.prism.web;

import static io.prism.support.RestAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import io.prism.support.RestAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API key routes of the REST facade, generated from the registry, over HTTP against PostgreSQL: the whole
 * lifecycle with bodies that validate against the OpenAPI document, and the same error codes and fields as the
 * GraphQL door for the same bad input.
 */
class ApiKeyRestTest extends IntegrationTest {

    @Test
    void shouldCreateListShowRotateAndRevokeKeys() {
        TenantKey t = newTenant("rest keys tenant", "READ", "KEYS");
        Response created = postRaw("/api/v1/keys", t.key(),
                "{\"scopes\":[\"READ\"],\"description\":\"made over rest\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertValid(created, "/api/v1/keys", "post", 201);
        String key = created.body().path("plainKey").asString();
        String id = created.body().path("apiKey").path("id").asString();
        assertThat(created.body().path("apiKey").path("tenantId").asString()).isEqualTo(t.tenantId());
        assertThat(get("/api/v1/materials?first=1", auth(key)).status()).isEqualTo(200);

        Response first = get("/api/v1/keys?first=1", auth(t.key()));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertValid(first, "/api/v1/keys", "get", 200);
        assertThat(first.body().path("totalCount").asInt()).isEqualTo(2);
        assertThat(first.body().path("edges").path(0).path("node").path("id").asString()).isEqualTo(id);
        Response second = get("/api/v1/keys?first=1&after=" + first.body().path("pageInfo").path("endCursor")
                .asString(), auth(t.key()));
        assertThat(second.body().path("edges").path(0).path("node").path("id").asString()).isEqualTo(t.keyId());
        assertThat(first.raw() + second.raw()).doesNotContain(key).doesNotContain(t.key());

        Response one = get("/api/v1/keys/" + id, auth(t.key()));
        assertThat(one.status()).as(one.raw()).isEqualTo(200);
        assertValid(one, "/api/v1/keys/{id}", "get", 200);
        assertThat(one.body().has("plainKey")).isFalse();
        assertThat(one.body().path("description").asString()).isEqualTo("made over rest");

        Response rotated = postRaw("/api/v1/keys/" + id + "/rotate?overlapSeconds=0", t.key(), "");
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(201);
        assertValid(rotated, "/api/v1/keys/{id}/rotate", "post", 201);
        assertThat(rotated.body().path("previous").path("status").asString()).isEqualTo("RETIRED");
        String newKey = rotated.body().path("plainKey").asString();
        String newId = rotated.body().path("apiKey").path("id").asString();
        Response old = get("/api/v1/materials?first=1", auth(key));
        assertProblem(old, 401, "UNAUTHENTICATED", null);
        assertThat(old.body().path("detail").asString()).contains("was rotated");
        assertThat(get("/api/v1/materials?first=1", auth(newKey)).status()).isEqualTo(200);

        Response revoked = delete("/api/v1/keys/" + newId, auth(t.key()));
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertValid(revoked, "/api/v1/keys/{id}", "delete", 200);
        assertThat(revoked.body().path("status").asString()).isEqualTo("REVOKED");
        assertProblem(get("/api/v1/materials?first=1", auth(newKey)), 401, "UNAUTHENTICATED", null);
    }

    @Test
    void shouldGiveTheSameErrorsAsTheGraphQlDoorAndChangeNothing() {
        TenantKey t = newTenant("rest key errors", "READ", "KEYS");
        TenantKey other = newTenant("rest key neighbour", "READ", "KEYS");
        long before = sqlCount("SELECT count(*) FROM api_key");
        String rotate = "/api/v1/keys/" + t.keyId() + "/rotate";

        assertProblem(postRaw(rotate + "?overlapSeconds=soon", t.key(), ""), 400, "BAD_USER_INPUT", "overlapSeconds");
        assertProblem(postRaw(rotate + "?overlapSeconds=-1", t.key(), ""), 400, "BAD_USER_INPUT", "overlapSeconds");
        assertThat(graphql(t.key(), "mutation($id: ID!) { rotateApiKey(id: $id, overlapSeconds: -1) { plainKey } }",
                Map.of("id", t.keyId())).errors().path(0).path("extensions").path("field").asString())
                .isEqualTo("overlapSeconds");
        assertProblem(get("/api/v1/keys/not-a-key", auth(t.key())), 400, "BAD_USER_INPUT", "id");
        assertProblem(postRaw("/api/v1/keys", t.key(), "{\"scopes\":[\"ADMIN\"]}"), 400, "BAD_USER_INPUT",
                "input.scopes");
        assertProblem(postRaw("/api/v1/keys", t.key(), "{\"scopes\":[\"WRITE\"]}"), 403, "FORBIDDEN", null);
        assertProblem(postRaw("/api/v1/keys", t.key(), ""), 400, "BAD_USER_INPUT", "body");

        assertProblem(get("/api/v1/keys/" + other.keyId(), auth(t.key())), 404, "NOT_FOUND", null);
        assertProblem(postRaw("/api/v1/keys/" + other.keyId() + "/rotate", t.key(), ""), 404, "NOT_FOUND", null);
        assertProblem(delete("/api/v1/keys/" + other.keyId(), auth(t.key())), 404, "NOT_FOUND", null);
        assertProblem(get("/api/v1/keys?tenantId=" + other.tenantId(), auth(t.key())), 404, "NOT_FOUND", null);
        assertThat(graphql(t.key(), "query($id: ID!) { apiKey(id: $id) { id } }", Map.of("id", other.keyId()))
                .errorCode()).isEqualTo("NOT_FOUND");

        TenantKey reader = newTenant("rest key reader", "READ");
        assertProblem(get("/api/v1/keys", auth(reader.key())), 403, "FORBIDDEN", null);
        assertProblem(get("/api/v1/keys", auth(ADMIN_KEY)), 400, "BAD_USER_INPUT", "tenantId");
        assertThat(sqlCount("SELECT count(*) FROM api_key")).isEqualTo(before + 1);
        assertThat(get("/api/v1/keys/" + other.keyId(), auth(other.key())).body().path("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void shouldDescribeTheKeyRoutesInTheOpenApiDocument() {
        JsonNode paths = get("/api/v1/openapi.json").body().path("paths");
        assertThat(paths.path("/api/v1/keys").propertyNames()).containsExactlyInAnyOrder("get", "post");
        assertThat(paths.path("/api/v1/keys/{id}").propertyNames()).containsExactlyInAnyOrder("get", "delete");
        JsonNode create = paths.path("/api/v1/keys").path("post");
        assertThat(create.path("responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/CreateApiKeyInput");
        JsonNode revoke = paths.path("/api/v1/keys/{id}").path("delete");
        assertThat(revoke.has("requestBody")).isFalse();
        assertThat(revoke.path("responses").propertyNames()).contains("200", "404");
        JsonNode rotate = paths.path("/api/v1/keys/{id}/rotate").path("post");
        assertThat(rotate.path("parameters").valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactly("id", "overlapSeconds");
        assertThat(get("/api/v1/openapi.json").raw()).doesNotContain("keyHash", "key_hash");
        List<String> scopes = get("/api/v1/openapi.json").body().path("components").path("schemas").path("Scope")
                .path("enum").valueStream().map(JsonNode::asString).toList();
        assertThat(scopes).contains("KEYS", "ADMIN");
    }

    private void assertValid(Response r, String path, String method, int status) {
        RestAssertions.assertValid(url("/api/v1/openapi.json"), r, path, method, status);
    }

    private static String[] auth(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }
}
