package io.prism.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.prism.support.IntegrationTest.Response;
import java.util.Set;

/** Checks of REST facade answers: problem documents, and bodies against the served OpenAPI document. */
public final class RestAssertions {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private RestAssertions() {
    }

    /** An RFC 9457 problem with this status and code, its correlation id echoed, and {@code field} if not null. */
    public static void assertProblem(Response r, int status, String code, String field) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body().path("code").asString()).as(r.raw()).isEqualTo(code);
        assertThat(r.body().path("status").asInt()).isEqualTo(status);
        assertThat(r.body().path("type").asString()).isEqualTo("urn:prism:problem:" + code);
        assertThat(r.body().path("correlationId").asString())
                .isEqualTo(r.headers().firstValue("X-Correlation-Id").orElseThrow());
        if (field != null) {
            assertThat(r.body().path("field").asString()).as(r.raw()).isEqualTo(field);
        }
    }

    /**
     * Validates a success body against the route's response schema for {@code status} in the OpenAPI document at
     * {@code documentUrl}.
     */
    public static void assertValid(String documentUrl, Response r, String path, String method, int status) {
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/" + status + "/content/application~1json/schema";
        try {
            JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(documentUrl + "#" + pointer));
            Set<ValidationMessage> errors = schema.validate(JACKSON2.readTree(r.raw()));
            assertThat(errors).as(path + " " + r.raw()).isEmpty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
