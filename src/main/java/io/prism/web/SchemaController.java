package io.prism.web;

import graphql.schema.GraphQLNamedType;
import graphql.schema.idl.SchemaPrinter;
import io.prism.error.ErrorCode;
import io.prism.web.Problems.Issue;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GraphQL schema as SDL, with every description, at {@code /api/v1/schema.graphqls}. No key needed. The DGS
 * framework merges its own error-type enums into every schema; nothing of ours refers to them (errors carry
 * {@code extensions.code} from the service's taxonomy), so they are left out of the published document. Of the
 * applied directives, only the cost model's {@code @cost} and {@code @listSize} are shown. Where introspection is
 * turned off ({@code prism.http.introspection=false}) the document is not served either: it tells exactly what
 * introspection would.
 */
@RestController
public class SchemaController {

    private static final Set<String> FRAMEWORK_TYPES = Set.of("ErrorType", "ErrorDetail");
    /** The directives that carry the cost model (docs/query-cost.md); clients budget with them. */
    private static final Set<String> COST_DIRECTIVES = Set.of("cost", "listSize");

    private final String sdl;
    private final boolean published;

    public SchemaController(GraphQlSource graphQlSource, HttpProperties properties) {
        this.published = properties.introspection();
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeDirectives(COST_DIRECTIVES::contains)
                .includeScalarTypes(true)
                .includeSchemaDefinition(true)
                .descriptionsAsHashComments(false)
                .includeSchemaElement(e -> !(e instanceof GraphQLNamedType t && FRAMEWORK_TYPES.contains(t.getName())));
        this.sdl = new SchemaPrinter(options).print(graphQlSource.schema());
    }

    @GetMapping("/api/v1/schema.graphqls")
    public ResponseEntity<?> schema(HttpServletRequest request) {
        if (!published) {
            String path = FilterErrors.path(request);
            return ResponseEntity.status(ErrorCode.NOT_FOUND.httpStatus())
                    .contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE))
                    .body(Problems.body(List.of(new Issue(ErrorCode.NOT_FOUND, "The schema is not published here; "
                            + "introspection is turned off on this service", null)), path,
                            (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE)));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(sdl);
    }
}
