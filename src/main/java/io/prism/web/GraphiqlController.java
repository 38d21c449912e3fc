package io.prism.web;

import io.prism.config.PrismProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * GraphiQL, served entirely by the service (React and GraphiQL come from WebJars on the classpath), so it works
 * without internet access. The page starts with an example query and, when configured, default headers.
 */
@RestController
public class GraphiqlController {

    private final String page;

    public GraphiqlController(PrismProperties properties) throws IOException {
        String template;
        try (InputStream in = new ClassPathResource("graphiql/index.html").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.page = template.replace("{{DEFAULT_HEADERS}}",
                HtmlUtils.htmlEscape(properties.graphiql().defaultHeaders()));
    }

    @GetMapping(value = {"/graphiql", "/graphiql/"}, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> graphiql() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }
}
