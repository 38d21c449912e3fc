package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of a compliance template as stored (migration V19): a built-in template of the shared tenant or a
 * tenant's own. Component names follow the GraphQL type {@code ComplianceTemplate}.
 *
 * @param version 1 for the first template stored under its code, one more for each later one
 * @param clauses in the template's order
 */
public record ComplianceTemplateRow(UUID id, TenantId tenantId, String code, int version, String name,
                                    String description, OffsetDateTime createdAt, List<Clause> clauses) {

    public ComplianceTemplateRow {
        clauses = List.copyOf(clauses);
    }

    public Owner owner() {
        return Owner.of(tenantId);
    }

    /** One clause: its number in the standard, its title, a summary in PRISM's words, and the rules that check it. */
    public record Clause(String number, String title, String summary, List<RuleUse> rules) {

        public Clause {
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule of the vocabulary as a clause uses it.
     *
     * @param rule the name of the GraphQL enum constant {@code ComplianceRule}
     * @param threshold the rule's parameter when it takes one and the template sets it, else null
     */
    public record RuleUse(String rule, Double threshold) {
    }
}
