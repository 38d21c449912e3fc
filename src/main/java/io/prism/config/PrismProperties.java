package io.prism.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code prism.*}. Each can be set by environment variable with Spring's relaxed binding, for
 * example {@code PRISM_DB_URL} for {@code prism.db.url}.
 *
 * @param db       the PostgreSQL database the service uses
 * @param adminKey the platform operator's bootstrap key ({@code PRISM_ADMIN_KEY}); empty disables operator access
 * @param graphiql settings of the bundled GraphiQL page
 */
@ConfigurationProperties("prism")
public record PrismProperties(@DefaultValue Db db, @DefaultValue("") String adminKey,
                              @DefaultValue Graphiql graphiql) {

    /**
     * @param url          JDBC URL ({@code PRISM_DB_URL}); the database is created when missing. Required.
     * @param user         user that owns the schema and runs migrations ({@code PRISM_DB_USER})
     * @param password     its password ({@code PRISM_DB_PASSWORD})
     * @param appRole      role the service's own queries run as: neither superuser nor owner, so row level
     *                     security applies
     * @param poolSize     largest number of pooled connections
     */
    public record Db(@DefaultValue("") String url, @DefaultValue("postgres") String user,
                     @DefaultValue("") String password, @DefaultValue("prism_app") String appRole,
                     @DefaultValue("10") int poolSize) {
    }

    /**
     * @param defaultHeaders JSON object of request headers GraphiQL starts with (for example an Authorization
     *                       header with a demo key on a local run); empty for none
     */
    public record Graphiql(@DefaultValue("") String defaultHeaders) {
    }
}
