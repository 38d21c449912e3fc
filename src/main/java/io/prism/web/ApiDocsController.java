package io.prism.web;

import io.prism.gateway.TrustedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST facade's documentation, public and offline: the OpenAPI 3.1 document generated at build time from the
 * operation registry ({@code /api/v1/openapi.json}) and Swagger UI on it ({@code /api/v1/docs}), with Swagger UI's
 * assets served from its WebJar on the class path; and the trusted-documents manifest generated from the same
 * registry ({@code /api/v1/trusted-documents.json}), the list clients persist their operations from.
 */
@RestController
public class ApiDocsController {

    private final byte[] openApi;
    private final byte[] trustedDocuments;
    private final String page;
    private final String script;

    public ApiDocsController() throws IOException {
        this.openApi = read("openapi/openapi.json");
        this.trustedDocuments = read("registry/trusted-documents.json");
        Properties webjar = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties")
                .getInputStream()) {
            webjar.load(in);
        }
        this.page = new String(read("swagger-ui/index.html"), StandardCharsets.UTF_8)
                .replace("{{VERSION}}", webjar.getProperty("version"));
        this.script = new String(read("swagger-ui/prism-swagger.js"), StandardCharsets.UTF_8);
    }

    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache()).body(openApi);
    }

    @GetMapping(value = TrustedDocuments.MANIFEST_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> trustedDocuments() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache()).body(trustedDocuments);
    }

    @GetMapping(value = {"/api/v1/docs", "/api/v1/docs/"}, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> docs() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }

    @GetMapping(value = "/api/v1/docs/prism-swagger.js", produces = "text/javascript")
    public ResponseEntity<String> script() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript")).body(script);
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
