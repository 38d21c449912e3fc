package io.prism.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.prism.generated.client.ApiClient;
import io.prism.generated.client.api.CalculationsApi;
import io.prism.generated.client.api.CatalogApi;
import io.prism.generated.client.model.CuttingData;
import io.prism.generated.client.model.ErrorCode;
import io.prism.generated.client.model.IsoGroup;
import io.prism.generated.client.model.Material;
import io.prism.generated.client.model.MaterialConnection;
import io.prism.generated.client.model.Owner;
import io.prism.generated.client.model.Problem;
import io.prism.generated.client.model.SpeedFeedInput;
import io.prism.generated.client.model.SpeedFeedOperation;
import io.prism.generated.client.model.SpeedFeedResult;
import io.prism.generated.client.model.ToolMaterial;
import io.prism.support.CalculationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;
import tools.jackson.databind.JsonNode;

/**
 * A Java client generated at build time from the OpenAPI document (openapi-generator, library {@code restclient};
 * see the pom) calls the running service over HTTP, authenticated through the client's bearer support: typed
 * answers equal the GraphQL door's, and failures reach the caller as the client's exceptions carrying the problem
 * document. If the document stops describing what the service does, this fails to compile or to deserialize.
 */
class GeneratedClientTest extends CalculationTest {

    private TenantKey t;
    private OwnCatalog c;

    @BeforeEach
    void tenant() {
        t = newTenant("generated client tenant");
        c = ownCatalog(t);
    }

    @Test
    void shouldCalculateSpeedFeedAsTheGraphQlDoorDoes() {
        SpeedFeedResult answer = new CalculationsApi(client(t.key())).speedFeed(sideMillingInput());

        JsonNode graph = ok(t.key(), SPEED_FEED, Map.of("in", sideMilling(c))).path("speedFeed");
        JsonNode result = graph.path("result");
        assertThat(answer.getResult().getCuttingSpeed()).isEqualTo(result.path("cuttingSpeed").asDouble());
        assertThat(answer.getResult().getSpindleSpeed()).isEqualTo(result.path("spindleSpeed").asDouble());
        assertThat(answer.getResult().getFeedRate()).isEqualTo(result.path("feedRate").asDouble());
        assertThat(answer.getResult().getTorque()).isEqualTo(result.path("torque").asDouble());
        assertThat(answer.getResult().getTeeth()).isEqualTo(4);
        assertThat(answer.getSafety().getLevel().getValue()).isEqualTo(graph.path("safety").path("level").asString());
        assertThat(answer.getSafety().getScore()).isEqualTo(graph.path("safety").path("score").asDouble());
        assertThat(answer.getMeta().getFormulasUsed()).isNotEmpty()
                .isEqualTo(names(graph.path("meta").path("formulasUsed")));
        assertThat(answer.getMeta().getComputedAt()).isNotNull();
        assertThat(storedCalculations(t)).isEqualTo(2);
    }

    @Test
    void shouldReadAMaterialAndAFilteredPage() {
        CatalogApi catalog = new CatalogApi(client(t.key()));

        Material material = catalog.material(c.materialId());
        assertThat(material.getId()).isEqualTo(c.materialId());
        assertThat(material.getName()).isEqualTo("42CrMo4 annealed");
        assertThat(material.getIsoGroup()).isEqualTo(IsoGroup.P);
        assertThat(material.getKc11()).isEqualTo(1775.0);
        assertThat(material.getOwner()).isEqualTo(Owner.TENANT);
        assertThat(material.getProvenance().getSource()).isEqualTo("ISCAR VDI 3323 group 6");
        assertThat(material.getCreatedAt()).isNotNull();
        assertThat(material.getCuttingData()).singleElement().satisfies((CuttingData data) -> {
            assertThat(data.getToolMaterial()).isEqualTo(ToolMaterial.CARBIDE);
            assertThat(data.getCuttingSpeedMin()).isEqualTo(160.0);
            assertThat(data.getFeedPerToothMax()).isEqualTo(0.09);
        });

        MaterialConnection page = catalog.materials(5, null, "42CrMo4", List.of(IsoGroup.P, IsoGroup.M),
                Owner.TENANT, null);
        assertThat(page.getTotalCount()).isEqualTo(1);
        assertThat(page.getEdges()).singleElement()
                .satisfies(edge -> assertThat(edge.getNode().getId()).isEqualTo(c.materialId()));
    }

    @Test
    void shouldSurfaceProblemDocumentsThroughTheClientsExceptions() {
        String unknown = "00000000-0000-0000-0000-0000000000aa";
        HttpClientErrorException.NotFound missing = catchThrowableOfType(HttpClientErrorException.NotFound.class,
                () -> new CatalogApi(client(t.key())).material(unknown));
        Problem notFound = missing.getResponseBodyAs(Problem.class);
        assertThat(notFound.getCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getType()).isEqualTo("urn:prism:problem:NOT_FOUND");
        assertThat(notFound.getInstance()).isEqualTo("/api/v1/material/" + unknown);
        assertThat(notFound.getCorrelationId()).isNotBlank()
                .isEqualTo(missing.getResponseHeaders().getFirst("X-Correlation-Id"));

        HttpClientErrorException.BadRequest wide = catchThrowableOfType(HttpClientErrorException.BadRequest.class,
                () -> new CalculationsApi(client(t.key())).speedFeed(sideMillingInput().aeMm(13.0)));
        Problem badInput = wide.getResponseBodyAs(Problem.class);
        assertThat(badInput.getCode()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(badInput.getField()).isEqualTo("input.aeMm");
        assertThat(badInput.getDetail()).contains("tool diameter");

        HttpClientErrorException.Unauthorized anonymous = catchThrowableOfType(
                HttpClientErrorException.Unauthorized.class,
                () -> new CalculationsApi(client(null)).speedFeed(sideMillingInput()));
        assertThat(anonymous.getResponseBodyAs(Problem.class).getCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(storedCalculations(t)).isZero();
    }

    /** A client of this service, with the API key (if any) set through the client's bearer authentication. */
    private ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.setBasePath(url(""));
        if (key != null) {
            client.setBearerToken(key);
        }
        return client;
    }

    /** The typed twin of {@link #sideMilling}: ap 6, ae 3, stick-out 35 mm on the tenant's catalog. */
    private SpeedFeedInput sideMillingInput() {
        return new SpeedFeedInput().materialId(c.materialId()).toolId(c.toolId()).machineId(c.machineId())
                .operation(SpeedFeedOperation.SIDE_MILLING).apMm(6.0).aeMm(3.0).stickOutMm(35.0);
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
