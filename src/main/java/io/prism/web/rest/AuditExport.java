package io.prism.web.rest;

import io.prism.audit.AuditTrail;
import io.prism.audit.Digests;
import io.prism.audit.Ocsf;
import io.prism.data.AuditQuery;
import io.prism.data.Database;
import io.prism.error.PrismException;
import io.prism.generated.rest.RestRoutes;
import io.prism.graph.support.DateTimeScalar;
import io.prism.service.AuditService;
import io.prism.service.RequestContext;
import io.prism.service.UsageMeter;
import io.prism.tenancy.Principal;
import io.prism.web.CorrelationIdFilter;
import io.prism.web.FilterErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit-logs/export}: the caller's audit log as OCSF events in JSON Lines, one event a line, in
 * log order (docs/audit-ocsf.md). The route, its media type and its query parameters (those of
 * {@code GET /api/v1/audit-logs} less paging) are declared once in {@code codegen/rest/streams} and come from the
 * generated {@link RestRoutes#AUDIT_EXPORT}; the parameters are read as the REST facade reads them.
 *
 * <p>Everything that can refuse the request (a parameter, the AUDIT scope, the tenant named) is checked before
 * the status is sent, so a refusal is an ordinary problem answer, recorded in the audit log when it refuses the
 * caller, as on the other routes. Then each event is written to the response as it is read from the database and
 * the output is flushed every {@value #FLUSH_EVERY} events: the log is never held in memory. A failure before the
 * first event is written is still a problem answer (the service's error, such as UNAVAILABLE, or the error page's
 * INTERNAL); after it, the connection is closed without ending the body, so a client sees an incomplete transfer
 * rather than a short log. {@code HEAD} checks the same and answers the headers only.
 * An export counts once on the usage meter, at no cost units (the cost model prices GraphQL selections).
 */
@Component
public class AuditExport {

    private static final Logger log = LoggerFactory.getLogger(AuditExport.class);
    private static final RestStream ROUTE = RestRoutes.AUDIT_EXPORT;
    private static final MediaType MEDIA_TYPE = MediaType.parseMediaType(ROUTE.mediaType());
    /** Events written between two flushes of the response. */
    static final int FLUSH_EVERY = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditService audit;
    private final Database database;
    private final AuditTrail trail;
    private final UsageMeter meter;
    private final Ocsf ocsf = new Ocsf(RestRoutes.VERSION);

    public AuditExport(AuditService audit, Database database, AuditTrail trail, UsageMeter meter) {
        this.audit = audit;
        this.database = database;
        this.trail = trail;
        this.meter = meter;
    }

    /** The route, with HEAD and the 405 answer of other methods as on every route. */
    @Bean
    RouterFunction<ServerResponse> auditExportRoutes() {
        return RouterFunctions.route().GET(ROUTE.path(), this::export)
                .add(RestFacade.otherMethods(ROUTE.path(), Map.of("GET", this::export)))
                .build();
    }

    ServerResponse export(ServerRequest request) {
        Principal principal = (Principal) request.attribute(Principal.class.getName())
                .orElseThrow(() -> new IllegalStateException("export without an authenticated principal"));
        RequestContext ctx = new RequestContext(principal,
                (String) request.attribute(CorrelationIdFilter.ATTRIBUTE).orElse(null), database, trail);
        AuditService.Export export;
        try (ctx) {
            Map<String, Object> params = RestFacade.parameters(ROUTE.params(), request);
            ctx.describeOperation(UsageMeter.Door.REST.name(), ROUTE::id, () -> digest(params));
            export = audit.export(ctx, (String) params.get("tenantId"), query(params));
        } catch (PrismException e) {
            return refused(ctx, e, request);
        }
        ServerResponse.BodyBuilder ok = ServerResponse.ok().contentType(MEDIA_TYPE);
        if (request.method().equals(HttpMethod.HEAD)) {
            metered(principal, false);
            return ok.build();
        }
        return ok.build((servletRequest, response) -> {
            write(export, servletRequest, response, principal);
            return null;
        });
    }

    /** The problem answer of a refused export; a refusal of the caller is recorded first, as the other doors do. */
    private ServerResponse refused(RequestContext ctx, PrismException e, ServerRequest request) {
        metered(ctx.principal(), true);
        if (AuditTrail.AUDITED_REFUSALS.contains(e.code().name())) {
            try {
                trail.record(ctx.tenant(), ctx.refusal(e.code().name()));
            } catch (PrismException unrecorded) {
                return RestFacade.problem(unrecorded, ROUTE.params(), request);
            }
        }
        return RestFacade.problem(e, ROUTE.params(), request);
    }

    private void write(AuditService.Export export, HttpServletRequest request, HttpServletResponse response,
                       Principal principal) throws IOException {
        Lines lines = new Lines(response);
        boolean failed = true;
        try {
            export.stream(stored -> lines.add(JSON.writeValueAsBytes(ocsf.event(stored.event(), stored.hash()))));
            lines.finish();
            failed = false;
        } catch (UncheckedIOException e) {
            log.info("Audit export ended after {} events: the client went away ({})", lines.count(),
                    e.getMessage());
        } catch (PrismException e) {
            if (lines.count() > 0) {
                throw cutOff(e, lines);
            }
            FilterErrors.write(request, response, e.code().httpStatus(), e.code(), e.getMessage(), e.details());
        } catch (RuntimeException e) {
            throw cutOff(e, lines);
        } finally {
            metered(principal, failed);
        }
    }

    private static RuntimeException cutOff(RuntimeException e, Lines lines) {
        log.warn("Audit export failed after {} events ({})", lines.count(), e.getClass().getSimpleName());
        return e;
    }

    /**
     * The answer's lines. The output stream is taken with the first line, so until then a failure can still be
     * answered with a problem document; it is flushed every {@value #FLUSH_EVERY} lines.
     */
    private static final class Lines {

        private final HttpServletResponse response;
        private OutputStream out;
        private long count;

        Lines(HttpServletResponse response) {
            this.response = response;
        }

        void add(byte[] json) {
            try {
                if (out == null) {
                    out = response.getOutputStream();
                }
                out.write(json);
                out.write('\n');
                if (++count % FLUSH_EVERY == 0) {
                    out.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends what is left, or the empty body of an export that matched nothing. */
        void finish() throws IOException {
            if (out == null) {
                out = response.getOutputStream();
            }
            out.flush();
        }

        long count() {
            return count;
        }
    }

    private void metered(Principal principal, boolean failed) {
        if (!principal.operator()) {
            meter.record(principal.tenant(), ROUTE.id(), UsageMeter.Door.REST, failed, 0);
        }
    }

    /** The filter the query parameters name; the filter members are the {@code AuditEventFilter} input's. */
    @SuppressWarnings("unchecked")
    private static AuditQuery query(Map<String, Object> params) {
        Map<String, Object> f = (Map<String, Object>) params.getOrDefault("filter", Map.of());
        return AuditService.query(time(f, "from"), time(f, "to"), text(f, "actorKeyId"), text(f, "actorType"),
                text(f, "action"), text(f, "resourceType"), text(f, "resourceId"), text(f, "outcome"),
                text(f, "correlationId"));
    }

    private static OffsetDateTime time(Map<String, Object> filter, String member) {
        String text = text(filter, member);
        try {
            return text == null ? null : DateTimeScalar.parse(text);
        } catch (IllegalArgumentException e) {
            throw PrismException.badInput(e.getMessage(), "filter", member);
        }
    }

    private static String text(Map<String, Object> filter, String member) {
        return (String) filter.get(member);
    }

    /** The request's digest for its audit events: the SHA-256 of the RFC 8785 form of the route and parameters. */
    private static String digest(Map<String, Object> params) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("operationName", ROUTE.id());
        request.put("variables", params);
        return Digests.canonicalHex(JSON.valueToTree(request));
    }
}
