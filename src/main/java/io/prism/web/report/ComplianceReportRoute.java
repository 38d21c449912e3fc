package io.prism.web.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Routes {@code GET} {@link ComplianceReportController#PATH} to the hand-written report controller. */
@Configuration(proxyBeanMethods = false)
class ComplianceReportRoute {

    @Bean
    RouterFunction<ServerResponse> complianceReport(ComplianceReportController controller) {
        return RouterFunctions.route().GET(ComplianceReportController.PATH, controller::report).build();
    }
}
