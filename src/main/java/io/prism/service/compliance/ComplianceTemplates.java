package io.prism.service.compliance;

import io.prism.data.ComplianceRepository;
import io.prism.data.ComplianceTemplateRow;
import io.prism.error.PrismException;
import io.prism.service.Checks;
import io.prism.service.RequestContext;
import io.prism.tenancy.Scope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Compliance templates: the built-in ones and the tenant's own, listed and looked up with the READ scope; a tenant
 * creates its own with the WRITE scope. A new template is checked whole first ({@link TemplateValidation}), so an
 * invalid one stores nothing; one under a code the tenant already uses becomes that code's next version, and the
 * versions before it stay as they were, for the checks that ran against them.
 */
@Service
public class ComplianceTemplates {

    private final ComplianceRepository templates;

    public ComplianceTemplates(ComplianceRepository templates) {
        this.templates = templates;
    }

    /** Every template the caller may check against. */
    public List<ComplianceTemplateRow> list(RequestContext ctx) {
        ctx.require(Scope.READ);
        return ctx.read(dsl -> templates.templates(dsl, ctx.tenant()));
    }

    /**
     * A template by id, or by code for its newest version; NOT_FOUND for an unknown one and for another tenant's.
     * {@code field} names the argument in a refusal.
     */
    public ComplianceTemplateRow find(RequestContext ctx, String idOrCode, String field) {
        ctx.require(Scope.READ);
        String ref = Checks.text(idOrCode, field, 100);
        Optional<UUID> id = uuid(ref);
        return ctx.read(dsl -> id.isPresent() ? templates.template(dsl, ctx.tenant(), id.get())
                : templates.latest(dsl, ctx.tenant(), ref))
                .orElseThrow(() -> PrismException.notFound("Compliance template", ref));
    }

    /** Stores a new template of the caller's, or the next version of one, and records it in the audit log. */
    public ComplianceTemplateRow create(RequestContext ctx, TemplateDraft draft) {
        ctx.require(Scope.WRITE);
        TemplateValidation.Valid valid = TemplateValidation.check(draft);
        return ctx.write(dsl -> {
            if (templates.latest(dsl, ctx.tenant(), valid.code()).filter(t -> t.tenantId().isGlobal()).isPresent()) {
                throw PrismException.badInput("code " + valid.code() + " is a built-in template's; choose another",
                        "input", "code");
            }
            ComplianceTemplateRow created = new ComplianceTemplateRow(UUID.randomUUID(), ctx.tenant(), valid.code(),
                    templates.nextVersion(dsl, ctx.tenant(), valid.code()), valid.name(), valid.description(),
                    OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), valid.clauses());
            templates.insert(dsl, created);
            ctx.audit("complianceTemplate.create", "ComplianceTemplate", created.id(), null, created);
            return created;
        });
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
