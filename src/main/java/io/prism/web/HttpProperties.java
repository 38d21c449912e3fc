package io.prism.web;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the service's HTTP hygiene under {@code prism.http.*} (environment: {@code PRISM_HTTP_...}): the
 * limits every request runs under and what the browser is told about the service. The defaults suit a local run
 * and production alike, except introspection, which production turns off (see {@code docs/http.md}).
 *
 * @param maxBodySize    largest request body accepted; a larger one is refused with HTTP 413 before it is read
 * @param requestTimeout longest a GraphQL operation (either door) may run before it is stopped and answered with
 *                       UNAVAILABLE (HTTP 503)
 * @param introspection  whether {@code __schema} and {@code __type} may be queried and the SDL document is served
 * @param hsts           the Strict-Transport-Security header
 * @param cors           the origins whose browser pages may call {@code /api/v1/**}
 */
@ConfigurationProperties("prism.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize,
                             @DefaultValue("30s") Duration requestTimeout,
                             @DefaultValue("true") boolean introspection,
                             @DefaultValue Hsts hsts,
                             @DefaultValue Cors cors) {

    public HttpProperties {
        if (maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("prism.http.max-body-size must be positive, not " + maxBodySize);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("prism.http.request-timeout must be positive, not " + requestTimeout);
        }
    }

    /**
     * @param maxAge            how long browsers keep to HTTPS for this host; zero leaves the header out
     * @param includeSubdomains whether the rule covers the host's subdomains too
     */
    public record Hsts(@DefaultValue("365d") Duration maxAge, @DefaultValue("false") boolean includeSubdomains) {

        /** The header's value, or null when it is not sent. */
        public String header() {
            if (maxAge.isZero() || maxAge.isNegative()) {
                return null;
            }
            return "max-age=" + maxAge.toSeconds() + (includeSubdomains ? "; includeSubDomains" : "");
        }
    }

    /**
     * @param allowedOrigins origins ({@code https://app.example.com}; a {@code *} may stand for a subdomain part, as
     *                       in {@code https://*.example.com}) allowed to call the API from a browser; empty: none
     * @param maxAge         how long a browser may cache a preflight answer
     */
    public record Cors(@DefaultValue List<String> allowedOrigins,
                       @DefaultValue("30m") @DurationUnit(ChronoUnit.SECONDS) Duration maxAge) {

        public Cors {
            allowedOrigins = List.copyOf(allowedOrigins);
            for (String origin : allowedOrigins) {
                if (origin.isBlank() || origin.equals("*") || origin.equals("null")) {
                    throw new IllegalArgumentException("prism.http.cors.allowed-origins lists origins such as "
                            + "https://app.example.com; '" + origin + "' is not one");
                }
            }
        }
    }
}
