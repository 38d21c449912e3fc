package io.prism.service.compliance;

import io.prism.data.ComplianceTemplateRow;
import io.prism.error.PrismException;
import io.prism.service.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a template draft as a whole before anything is stored. Every refusal is BAD_USER_INPUT naming the field by
 * its path with list indexes as members ({@code input.clauses.2.rules.0.rule}): an empty template or clause, an
 * unknown rule, a rule twice in one clause, a threshold on a rule that takes none or outside [0, 1], a clause
 * number twice, and texts that are empty or too long.
 */
final class TemplateValidation {

    /** The most clauses a template may have, and rules a clause may have. */
    static final int MAX_CLAUSES = 200;
    static final int MAX_RULES = 20;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** What a valid draft becomes: the checked texts and clauses. */
    record Valid(String code, String name, String description, List<ComplianceTemplateRow.Clause> clauses) {
    }

    private TemplateValidation() {
    }

    static Valid check(TemplateDraft draft) {
        String code = Checks.text(draft.code(), "input.code", 40);
        if (!CODE.matcher(code).matches()) {
            throw PrismException.badInput("code must start with a letter or digit and hold only letters, digits, "
                    + "'.', '-' and '_', not '" + code + "'", "input", "code");
        }
        String name = Checks.text(draft.name(), "input.name", 200);
        String description = Checks.optionalText(draft.description(), "input.description", 2000);
        return new Valid(code, name, description, clauses(draft.clauses()));
    }

    private static List<ComplianceTemplateRow.Clause> clauses(List<TemplateDraft.Clause> draft) {
        List<TemplateDraft.Clause> given = draft == null ? List.of() : draft;
        if (given.isEmpty() || given.size() > MAX_CLAUSES) {
            throw PrismException.badInput("a template needs 1 to " + MAX_CLAUSES + " clauses, not " + given.size(),
                    "input", "clauses");
        }
        List<ComplianceTemplateRow.Clause> clauses = new ArrayList<>(given.size());
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            ComplianceTemplateRow.Clause clause = clause(given.get(i), "input.clauses." + i);
            Integer earlier = numbers.putIfAbsent(clause.number().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw PrismException.badInput("clause number " + clause.number() + " appears twice, in clauses "
                        + earlier + " and " + i, "input", "clauses", Integer.toString(i), "number");
            }
            clauses.add(clause);
        }
        return clauses;
    }

    private static ComplianceTemplateRow.Clause clause(TemplateDraft.Clause c, String at) {
        if (c == null) {
            throw PrismException.badInput("a clause must not be null", path(at));
        }
        String number = Checks.text(c.number(), at + ".number", 40);
        String title = Checks.text(c.title(), at + ".title", 200);
        String summary = Checks.text(c.summary(), at + ".summary", 2000);
        List<TemplateDraft.Rule> given = c.rules() == null ? List.of() : c.rules();
        if (given.isEmpty() || given.size() > MAX_RULES) {
            throw PrismException.badInput("a clause needs 1 to " + MAX_RULES + " rules, not " + given.size(),
                    path(at + ".rules"));
        }
        List<ComplianceTemplateRow.RuleUse> rules = new ArrayList<>(given.size());
        for (int j = 0; j < given.size(); j++) {
            String field = at + ".rules." + j;
            ComplianceTemplateRow.RuleUse rule = rule(given.get(j), field);
            if (rules.stream().anyMatch(r -> r.rule().equals(rule.rule()))) {
                throw PrismException.badInput(rule.rule() + " appears twice in this clause", path(field + ".rule"));
            }
            rules.add(rule);
        }
        return new ComplianceTemplateRow.Clause(number, title, summary, rules);
    }

    private static ComplianceTemplateRow.RuleUse rule(TemplateDraft.Rule r, String at) {
        if (r == null) {
            throw PrismException.badInput("a rule must not be null", path(at));
        }
        String name = Checks.text(r.rule(), at + ".rule", 40);
        ComplianceRule rule = ComplianceRule.named(name).orElseThrow(() -> PrismException.badInput("unknown rule '"
                + name + "'; the rules are " + Arrays.stream(ComplianceRule.values()).map(Enum::name)
                .collect(Collectors.joining(", ")), path(at + ".rule")));
        if (r.threshold() != null && !rule.takesThreshold()) {
            throw PrismException.badInput(rule + " takes no threshold", path(at + ".threshold"));
        }
        Checks.range(r.threshold(), 0, 1, "", at + ".threshold");
        return new ComplianceTemplateRow.RuleUse(rule.name(), r.threshold());
    }

    private static String[] path(String field) {
        return field.split("\\.");
    }
}
