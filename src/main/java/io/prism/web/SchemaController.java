package io.prism.web;

import graphql.schema.GraphQLNamedType;
import graphql.schema.idl.SchemaPrinter;
import java.nio.charset.StandardCharsets;
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
 * applied directives, only the cost model's {@code @cost} and {@code @listSize} are shown.
 */
@RestController
public class SchemaController {

    private static final Set<String> FRAMEWORK_TYPES = Set.of("ErrorType", "ErrorDetail");
    /** The directives that carry the cost model (docs/query-cost.md); clients budget with them. */
    private static final Set<String> COST_DIRECTIVES = Set.of("cost", "listSize");

    private final String sdl;

    public SchemaController(GraphQlSource graphQlSource) {
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeDirectives(COST_DIRECTIVES::contains)
                .includeScalarTypes(true)
                .includeSchemaDefinition(true)
                .descriptionsAsHashComments(false)
                .includeSchemaElement(e -> !(e instanceof GraphQLNamedType t && FRAMEWORK_TYPES.contains(t.getName())));
        this.sdl = new SchemaPrinter(options).print(graphQlSource.schema());
    }

    @GetMapping(value = "/api/v1/schema.graphqls", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> schema() {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(sdl);
    }
}
