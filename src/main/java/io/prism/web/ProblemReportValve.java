package io.prism.web;

import io.prism.web.Problems.Issue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat's error report in the service's form, in place of its HTML page: an error answer that has no body by the
 * time it leaves the servlet container gets a problem document with the code of its status
 * ({@link Problems#ofStatus}), a correlation id (also in {@code X-Correlation-Id}) and the security headers. These
 * are the requests that never reached the application, mostly ones Tomcat could not parse (a malformed request line
 * or URI, an illegal character in a header, headers over the size limit), and errors whose error page failed. The
 * detail never quotes the request: what Tomcat found wrong may be a header carrying a key. The log line names only
 * the status and the kind of failure, for the same reason.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final SecurityHeadersFilter securityHeaders;

    ProblemReportValve(SecurityHeadersFilter securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (request.getContext() == null) {
            log.info("Answered HTTP {} to a request that did not reach the application{}; its request line and "
                    + "headers are not logged", status, throwable == null ? ""
                    : " (" + throwable.getClass().getSimpleName() + ")");
        }
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        if (correlationId == null) {
            correlationId = CorrelationIdFilter.id(request.getHeader(CorrelationIdFilter.HEADER));
            response.setHeader(CorrelationIdFilter.HEADER, correlationId);
        }
        if (response.getHeader("Content-Security-Policy") == null) {
            securityHeaders.apply(response, "");
        }
        Issue issue = Problems.ofStatus(status, null, response.getHeader(HttpHeaders.ALLOW));
        if (status == HttpServletResponse.SC_BAD_REQUEST) {
            issue = new Issue(issue.code(), "The request could not be parsed: its request line, URI or a header is "
                    + "malformed, or its headers are too large", null);
        }
        try {
            Problems.write(response, status, issue, null, correlationId);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error report", e);
        }
    }
}
