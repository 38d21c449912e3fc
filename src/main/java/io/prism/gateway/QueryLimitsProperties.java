package io.prism.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code prism.query-limits}: the limits every GraphQL operation must stay within, on both doors,
 * before anything of it runs. The defaults admit every registered REST route at its largest page, GraphiQL's
 * schema query and the suite's own operations with room to spare, and reject the shapes used to overload a
 * GraphQL server (docs/query-cost.md explains each choice).
 *
 * @param enabled          false leaves the instrumentation out altogether: no figures, no limits, no admission checks
 *                         (so no rate limits either). Only for measuring the gateway's own overhead
 *                         (src/bench/gateway.sh); never in production
 * @param maxDepth         deepest field nesting (a root field is depth 1). GraphiQL's schema query is 13 deep, the
 *                         deepest path through the schema itself 8
 * @param maxCost          largest static cost in units. A page of 100 machines with 100 alarms each costs 10,100;
 *                         30 aliased copies of it, or a page asked with {@code first: 100000}, are refused
 * @param maxAliases       most aliased fields in one operation
 * @param maxRootFields    most fields selected at the root of one operation
 * @param maxDocumentBytes largest query document in UTF-8 bytes, checked before the document is parsed
 * @param maxTokens        most grammar tokens the parser reads before it gives up (graphql-java's own safeguard,
 *                         set lower than its 15,000 so that parsing and validating stay cheap)
 * @param defaultListSize  items assumed for a list field with neither a slicing argument nor an assumed size
 * @param measureOnly      compute, log and report the figures, count the limits exceeded, but reject nothing
 *                         (graphql-java's built-in parser safeguards still apply)
 */
@ConfigurationProperties("prism.query-limits")
public record QueryLimitsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15") int maxDepth, @DefaultValue("20000") int maxCost,
                                    @DefaultValue("30") int maxAliases, @DefaultValue("10") int maxRootFields,
                                    @DefaultValue("65536") int maxDocumentBytes, @DefaultValue("5000") int maxTokens,
                                    @DefaultValue("10") int defaultListSize,
                                    @DefaultValue("false") boolean measureOnly) {

    public QueryLimitsProperties {
        atLeast("max-depth", maxDepth, 1);
        atLeast("max-cost", maxCost, 1);
        atLeast("max-aliases", maxAliases, 0);
        atLeast("max-root-fields", maxRootFields, 1);
        atLeast("max-document-bytes", maxDocumentBytes, 1);
        atLeast("max-tokens", maxTokens, 1);
        atLeast("default-list-size", defaultListSize, 0);
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException("prism.query-limits." + name + " must be at least " + least + ", not "
                    + value);
        }
    }
}
