package io.prism.web.report;

import io.prism.web.rest.RestFacade;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Routes {@link ComplianceReportController#PATH} to the hand-written report controller. */
@Configuration(proxyBeanMethods = false)
class ComplianceReportRoute {

    /** GET and HEAD (the headers of GET, the check run as for GET); any other method is 405. */
    @Bean
    RouterFunction<ServerResponse> complianceReport(ComplianceReportController controller) {
        return RouterFunctions.route().GET(ComplianceReportController.PATH, controller::report).build()
                .and(RestFacade.otherMethods(ComplianceReportController.PATH, Map.of("GET", controller::report)));
    }
}
