package io.prism.web;

import graphql.schema.idl.SchemaPrinter;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The GraphQL schema as SDL, with every description, at {@code /api/v1/schema.graphqls}. No key needed. */
@RestController
public class SchemaController {

    private final String sdl;

    public SchemaController(GraphQlSource graphQlSource) {
        SchemaPrinter.Options options = SchemaPrinter.Options.defaultOptions()
                .includeDirectives(false)
                .includeScalarTypes(true)
                .includeSchemaDefinition(true)
                .descriptionsAsHashComments(false);
        this.sdl = new SchemaPrinter(options).print(graphQlSource.schema());
    }

    @GetMapping(value = "/api/v1/schema.graphqls", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> schema() {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(sdl);
    }
}
