package io.prism.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits of {@code prism.query-limits} applied to an operation's figures, and the report of both that an
 * answer carries: in {@code extensions.cost} of every operation that was measured, and in the extensions of each
 * rejection.
 */
final class QueryLimits {

    private final QueryLimitsProperties properties;

    QueryLimits(QueryLimitsProperties properties) {
        this.properties = properties;
    }

    /** A limit an operation exceeds, with its maximum and the operation's figure. */
    record Exceeded(Limit limit, int maximum, int actual) {

        String message() {
            return limit.message(actual, maximum);
        }

        /** The error's extensions besides the code: which limit, its maximum, the figure and the whole report. */
        Map<String, Object> details(Map<String, Object> report) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limit", limit.key());
            details.put("maximum", maximum);
            details.put("actual", actual);
            if (report != null) {
                details.put("cost", report);
            }
            return details;
        }
    }

    boolean measureOnly() {
        return properties.measureOnly();
    }

    int maximum(Limit limit) {
        return switch (limit) {
            case DOCUMENT_BYTES -> properties.maxDocumentBytes();
            case TOKENS -> properties.maxTokens();
            case DEPTH -> properties.maxDepth();
            case ALIASES -> properties.maxAliases();
            case ROOT_FIELDS -> properties.maxRootFields();
            case COST -> properties.maxCost();
        };
    }

    /** The limits the figures exceed, in the order of the report. */
    List<Exceeded> exceeded(OperationCost figures) {
        List<Exceeded> exceeded = new ArrayList<>();
        check(exceeded, Limit.DOCUMENT_BYTES, figures.documentBytes());
        check(exceeded, Limit.DEPTH, figures.depth());
        check(exceeded, Limit.ALIASES, figures.aliases());
        check(exceeded, Limit.ROOT_FIELDS, figures.rootFields());
        check(exceeded, Limit.COST, figures.cost());
        return exceeded;
    }

    private void check(List<Exceeded> exceeded, Limit limit, int actual) {
        if (actual > maximum(limit)) {
            exceeded.add(new Exceeded(limit, maximum(limit), actual));
        }
    }

    /**
     * The report of an operation: its name, its figures, the maximum of each and whether the limits are enforced;
     * when it exceeds any, which.
     */
    Map<String, Object> report(OperationCost figures, List<Exceeded> exceeded) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("operation", figures.operation());
        report.put("cost", figures.cost());
        report.put("depth", figures.depth());
        report.put("aliases", figures.aliases());
        report.put("rootFields", figures.rootFields());
        report.put("documentBytes", figures.documentBytes());
        Map<String, Object> limits = new LinkedHashMap<>();
        for (Limit limit : List.of(Limit.COST, Limit.DEPTH, Limit.ALIASES, Limit.ROOT_FIELDS, Limit.DOCUMENT_BYTES)) {
            limits.put(limit.key(), maximum(limit));
        }
        report.put("limits", limits);
        report.put("measureOnly", properties.measureOnly());
        if (!exceeded.isEmpty()) {
            report.put("exceeded", exceeded.stream().map(e -> e.details(null)).toList());
        }
        return report;
    }

    /**
     * What an accepted operation's answer carries unless the whole report was asked for: its cost in units, and
     * the limits it exceeds when it ran in measure-only mode.
     */
    static Map<String, Object> compact(Map<String, Object> report) {
        Object exceeded = report.get("exceeded");
        return exceeded == null ? Map.of("cost", report.get("cost"))
                : Map.of("cost", report.get("cost"), "exceeded", exceeded);
    }
}
