package io.prism.web.report;

import io.prism.error.PrismException;
import io.prism.generated.rest.RestRoutes;
import io.prism.web.rest.RestFacade;
import io.prism.web.rest.RestOperation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/compliance/report/{calculationId}?template=…&format=html|pdf}: a compliance check of one
 * calculation (a job plan, typically) rendered as a report a quality engineer can file, in HTML or PDF. The check is
 * the registered {@code ComplianceCheck} operation of {@code POST /api/v1/compliance/check}, run through the REST
 * facade with the path and query as its variables, so authentication, scopes, limits, metering, trusted documents,
 * the audit event and the stored check are those of that route; only the answer is rendered instead of being sent
 * as JSON. Errors are the same problem documents. The whole report is built in memory and sent at once.
 */
@Component
public class ComplianceReportController {

    /** The route's path. */
    public static final String PATH = "/api/v1/compliance/report/{calculationId}";

    /**
     * The route as the facade runs it: the check's document, with the path and query parameters named for the
     * variables they fill, so errors about them name the parameters.
     */
    static final RestOperation REPORT = new RestOperation("compliance-report", "GET", PATH,
            RestRoutes.COMPLIANCE_CHECK.operationName(), RestRoutes.COMPLIANCE_CHECK.document(),
            RestRoutes.COMPLIANCE_CHECK.sha256(), null, 200,
            List.of(new RestOperation.Param("calculationId", "path", List.of("target", "calculationId"),
                            RestOperation.ParamType.STRING, false, true, List.of()),
                    new RestOperation.Param("template", "query", List.of("template"),
                            RestOperation.ParamType.STRING, false, true, List.of())),
            RestRoutes.COMPLIANCE_CHECK.result());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PARAMETERS = Set.of("template", "format");

    /** The formats a report is rendered in. */
    enum Format { HTML, PDF }

    private final RestFacade facade;

    public ComplianceReportController(RestFacade facade) {
        this.facade = facade;
    }

    /** The query parameters of a report request. */
    private record Query(String template, Format format) {
    }

    /** Runs the check and answers its report, or the problem that stopped it. */
    public ServerResponse report(ServerRequest request) {
        Query query;
        try {
            query = query(request);
        } catch (PrismException e) {
            return facade.problem(e, request);
        }
        Map<String, Object> variables = Map.of("target",
                Map.of("calculationId", request.pathVariable("calculationId")), "template", query.template());
        return facade.handle(REPORT, request, variables, (result, headers) -> render(query.format(), result,
                headers));
    }

    /** The query parameters, or BAD_USER_INPUT naming the one at fault. */
    private static Query query(ServerRequest request) {
        for (String name : request.params().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw PrismException.badInput("Unknown query parameter " + name + "; this route takes format, "
                        + "template", name);
            }
        }
        String template = single(request, "template");
        if (template == null) {
            throw PrismException.badInput("template is required: the id or code of a compliance template",
                    "template");
        }
        return new Query(template, format(single(request, "format")));
    }

    private static ServerResponse render(Format format, Object result, Consumer<HttpHeaders> headers) {
        JsonNode check = JSON.valueToTree(result);
        ReportDocument doc = ComplianceReportContent.of(check);
        String name = "compliance-" + check.path("target").path("id").asString() + "-"
                + check.path("template").path("code").asString() + (format == Format.PDF ? ".pdf" : ".html");
        return ServerResponse.ok().headers(headers)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(format == Format.PDF ? MediaType.APPLICATION_PDF
                        : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(format == Format.PDF ? PdfReport.render(doc) : HtmlReport.render(doc));
    }

    private static String single(ServerRequest request, String name) {
        List<String> values = request.params().getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw PrismException.badInput("Query parameter " + name + " is given more than once", name);
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    private static Format format(String text) {
        if (text == null || text.equals("html")) {
            return Format.HTML;
        }
        if (text.equals("pdf")) {
            return Format.PDF;
        }
        throw PrismException.badInput("format must be html or pdf, not '" + text + "'", "format");
    }
}
