package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.prism.error.ErrorCode;
import io.prism.support.IntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lints the OpenAPI document as the service serves it. The standard validator is swagger-parser, the reference
 * OpenAPI 3.1 parser that openapi-generator also builds on: it must report nothing at all. Every schema must be a
 * valid JSON Schema 2020-12 schema (OpenAPI 3.1's dialect). The rules of the common lint sets (Redocly's
 * {@code recommended}, Spectral's {@code oas}) that a parser does not make are asserted here by their Redocly
 * names; {@code info-license} and {@code info-contact} are off (docs/rest.md says why).
 */
class OpenApiLintTest extends IntegrationTest {

    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/(\\w+)\"");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** The media types of a success: JSON, or JSON Lines for a streamed route. */
    private static final Set<String> SUCCESS = Set.of("application/json", "application/x-ndjson");

    @Test
    void shouldPassTheReferenceValidatorWithoutAnyMessage() {
        SwaggerParseResult result = parse(get("/api/v1/openapi.json").raw());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.isOpenapi31()).isTrue();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    /** The generator writes the taxonomy into the document before the service is compiled; it must not drift. */
    @Test
    void shouldListExactlyTheServiceErrorCodes() {
        List<String> documented = get("/api/v1/openapi.json").body().path("components").path("schemas")
                .path("ErrorCode").path("enum").valueStream().map(JsonNode::asString).toList();
        assertThat(documented).containsExactly(
                Arrays.stream(ErrorCode.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void shouldReportWhatIsWrongInABrokenDocument() {
        ObjectNode broken = (ObjectNode) JSON.readTree(get("/api/v1/openapi.json").raw());
        ObjectNode speedFeed = (ObjectNode) broken.path("paths").path("/api/v1/speed-feed").path("post");
        speedFeed.remove("responses");
        ((ObjectNode) speedFeed.path("requestBody").path("content").path("application/json"))
                .putObject("schema").put("$ref", "#/components/schemas/NoSuchInput");
        ((ObjectNode) broken.path("paths").path("/api/v1/material/{id}").path("get")).put("operationId", "tool");

        assertThat(parse(JSON.writeValueAsString(broken)).getMessages()).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("speed-feed", "responses is missing"))
                .anySatisfy(m -> assertThat(m).contains("NoSuchInput is missing"))
                .anySatisfy(m -> assertThat(m).contains("operationId is repeated"));
    }

    @Test
    void shouldDeclareOnlyValidJsonSchemas() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        com.fasterxml.jackson.databind.JsonNode schemas = new ObjectMapper()
                .readTree(get("/api/v1/openapi.json").raw()).path("components").path("schemas");
        assertThat(schemas.size()).isPositive();
        schemas.properties().forEach(schema -> assertThat(metaSchema.validate(schema.getValue()))
                .as(schema.getKey()).isEmpty());
        assertThat(metaSchema.validate(new ObjectMapper().readTree("{\"type\": \"obj\"}"))).isNotEmpty();
    }

    /**
     * operation-operationId(-unique, -url-safe), operation-summary, operation-description, operation-singular-tag,
     * operation-tag-defined, tag-description, parameter-description, operation-2xx-response,
     * operation-4xx-response, operation-4xx-problem-details-rfc7807, security-defined.
     */
    @Test
    void shouldDocumentEveryOperationItsTagAndItsResponses() {
        OpenAPI api = parse(get("/api/v1/openapi.json").raw()).getOpenAPI();
        Map<String, Tag> tags = api.getTags().stream().collect(Collectors.toMap(Tag::getName, tag -> tag));
        tags.values().forEach(tag -> assertThat(tag.getDescription()).as(tag.getName()).isNotBlank());
        assertThat(api.getSecurity()).isNotEmpty().allSatisfy(requirement -> assertThat(
                api.getComponents().getSecuritySchemes()).containsKeys(requirement.keySet().toArray(String[]::new)));
        Set<String> operationIds = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String at = method + " " + path;
            assertThat(op.getOperationId()).as(at).matches(OPERATION_ID);
            assertThat(operationIds.add(op.getOperationId())).as(at + " unique operationId").isTrue();
            assertThat(op.getSummary()).as(at).isNotBlank();
            assertThat(op.getDescription()).as(at).isNotBlank();
            assertThat(op.getTags()).as(at).singleElement().satisfies(tag -> assertThat(tags).containsKey(tag));
            assertThat(parameters(op)).allSatisfy(p -> assertThat(p.getDescription()).as(at + " " + p.getName())
                    .isNotBlank());
            assertResponses(at, op, api);
        }));
    }

    /** no-unused-components: every schema and response declared under components is referenced. */
    @Test
    void shouldUseEveryComponentItDeclares() {
        String raw = get("/api/v1/openapi.json").raw();
        Set<String> referenced = new HashSet<>();
        Matcher m = REF.matcher(raw);
        while (m.find()) {
            referenced.add(m.group(1) + "/" + m.group(2));
        }
        JsonNode components = JSON.readTree(raw).path("components");
        for (String kind : List.of("schemas", "responses")) {
            assertThat(components.path(kind).propertyNames()).isNotEmpty()
                    .allSatisfy(name -> assertThat(referenced).as("unused").contains(kind + "/" + name));
        }
    }

    private static void assertResponses(String at, Operation op, OpenAPI api) {
        Map<String, ApiResponse> responses = op.getResponses();
        assertThat(responses.keySet()).as(at).anyMatch(s -> s.startsWith("2")).anyMatch(s -> s.startsWith("4"));
        responses.forEach((status, declared) -> {
            ApiResponse response = declared.get$ref() == null ? declared : api.getComponents().getResponses()
                    .get(declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1));
            assertThat(response.getDescription()).as(at + " " + status).isNotBlank();
            if (status.startsWith("2")) {
                assertThat(response.getContent().keySet()).as(at + " " + status).containsAnyElementsOf(SUCCESS);
            } else {
                assertThat(response.getContent()).as(at + " " + status).containsKey("application/problem+json");
            }
        });
    }

    private static List<Parameter> parameters(Operation op) {
        return op.getParameters() == null ? List.of() : op.getParameters();
    }

    /** Parses with component references left in place and validated, as a linter reads the document. */
    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }
}
