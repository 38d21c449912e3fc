package io.prism.data;

import io.prism.tenancy.TenantId;
import java.util.Locale;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The tenant predicates every repository writes (row level security enforces the same rules underneath). */
final class Visibility {

    private Visibility() {
    }

    /** Rows the tenant may read: its own and the shared catalog's, optionally narrowed to one owner. */
    static Condition readable(Field<UUID> tenantColumn, TenantId tenant, Owner owner) {
        if (owner == Owner.SHARED) {
            return tenantColumn.eq(TenantId.GLOBAL.value());
        }
        if (owner == Owner.TENANT) {
            return tenant.isGlobal() ? DSL.falseCondition() : tenantColumn.eq(tenant.value());
        }
        return tenantColumn.in(tenant.value(), TenantId.GLOBAL.value());
    }

    /** Rows the tenant may change: only its own, never the shared catalog. */
    static Condition writable(Field<UUID> tenantColumn, TenantId tenant) {
        return tenant.isGlobal() ? DSL.falseCondition() : tenantColumn.eq(tenant.value());
    }

    /** Case-insensitive containment on a lower-cased search column, with LIKE wildcards escaped. */
    static Condition contains(Field<String> lowerSearchColumn, String text) {
        String needle = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return lowerSearchColumn.like("%" + needle + "%", '\\');
    }

    /** Lower-cased, space-joined search text of the non-null parts. */
    static String searchText(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(part.trim());
            }
        }
        String text = s.toString().toLowerCase(Locale.ROOT);
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
