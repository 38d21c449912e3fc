package io.prism.web;

import io.prism.data.Database;
import io.prism.data.FailFastDataSource;
import io.prism.error.PrismException;
import io.prism.web.Problems.Issue;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The error page of the application, in place of Spring Boot's: every error the MVC layer or the servlet container
 * answers inside the application (no route, a method or media type the route does not take, a body Spring could not
 * read, an exception that escaped a handler) gets the service's error body through {@link FilterErrors}: a problem
 * document, or a GraphQL error on the GraphQL endpoint, with a code from the taxonomy and the correlation id. A 4xx
 * other than 404 and 405 (the latter names the methods the path takes) keeps the detail of the exception that
 * chose it, for example which Content-Type was refused; a 5xx never shows one. An exception that escaped because
 * the database connection was lost is UNAVAILABLE with Retry-After, as it is from a data fetcher; any other is 500
 * INTERNAL. Asked for directly, {@code /error} is a path like any other that serves nothing: 404. Errors before the
 * application (a request the container could not parse) are answered by {@link ProblemReportValve}.
 */
@RestController
public class ErrorPageController implements ErrorController {

    private final ErrorAttributes errors;

    public ErrorPageController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer s && s >= 400 ? s : HttpServletResponse.SC_NOT_FOUND;
        Throwable failure = errors.getError(new ServletWebRequest(request));
        if (code >= 500 && FailFastDataSource.connectionFailure(failure) != null) {
            PrismException unreachable = Database.unreachable();
            FilterErrors.write(request, response, unreachable.code().httpStatus(), unreachable.code(),
                    unreachable.getMessage(), unreachable.details());
            return;
        }
        Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
        Issue issue = Problems.ofStatus(code, method instanceof String m ? m : request.getMethod(),
                response.getHeader(HttpHeaders.ALLOW));
        String detail = issue.detail();
        if (code < 500 && code != HttpServletResponse.SC_NOT_FOUND && code != HttpServletResponse.SC_METHOD_NOT_ALLOWED
                && failure instanceof ErrorResponse e && e.getBody().getDetail() != null) {
            detail = e.getBody().getDetail();
        }
        FilterErrors.write(request, response, code, issue.code(), detail, Map.of());
    }
}
