package io.prism.service.compliance;

import java.util.List;

/**
 * A compliance template a tenant asks to create, as given (GraphQL {@code CreateComplianceTemplateInput}); nothing
 * of it is checked yet. Lists may be null where the request left them out.
 */
public record TemplateDraft(String code, String name, String description, List<Clause> clauses) {

    /** One clause as given. */
    public record Clause(String number, String title, String summary, List<Rule> rules) {
    }

    /** One rule of a clause as given: a name that should be in the vocabulary, and its parameter. */
    public record Rule(String rule, Double threshold) {
    }
}
