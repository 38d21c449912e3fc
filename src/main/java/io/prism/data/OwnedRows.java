package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.SQLDialect;
import org.jooq.UpdatableRecord;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The own-row reads and writes of one catalog table (a tenant column, a UUID id and an updated-at column): the
 * single place where a catalog table's own-row reads and writes get their tenant predicates. A tenant reads its own
 * rows and the shared catalog's, and changes only its own.
 *
 * @param <R> the table's record type
 */
final class OwnedRows<R extends UpdatableRecord<R>> {

    private final Table<R> table;
    private final Field<UUID> tenantColumn;
    private final Field<UUID> idColumn;
    private final Field<OffsetDateTime> updatedAtColumn;
    /** The lookup of one visible row by id, with bind markers for the id, the tenant and the shared catalog. */
    private final String findVisibleSql;

    OwnedRows(Table<R> table, Field<UUID> tenantColumn, Field<UUID> idColumn, Field<OffsetDateTime> updatedAtColumn) {
        this.table = table;
        this.tenantColumn = tenantColumn;
        this.idColumn = idColumn;
        this.updatedAtColumn = updatedAtColumn;
        this.findVisibleSql = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(false))
                .render(DSL.selectFrom(table).where(idColumn.eq(DSL.param("id", UUID.class))
                        .and(tenantColumn.in(DSL.param("tenant", UUID.class), DSL.param("shared", UUID.class)))));
    }

    /**
     * The row with this id if the tenant may read it (its own or the shared catalog's); empty otherwise. The lookup by
     * id is the most frequent read of all, so its SQL is rendered once ({@link #findVisibleSql}) and only bound here.
     */
    Optional<R> findVisible(DSLContext dsl, TenantId tenant, UUID id) {
        return dsl.resultQuery(findVisibleSql, id, tenant.value(), TenantId.GLOBAL.value()).coerce(table)
                .fetchOptional();
    }

    /** The table, to join on {@link #visible}. */
    Table<R> table() {
        return table;
    }

    /** The predicate of the row with this id when the tenant may read it (its own or the shared catalog's). */
    Condition visible(TenantId tenant, UUID id) {
        return idColumn.eq(id).and(Visibility.readable(tenantColumn, tenant, null));
    }

    /** This table's row in a record of a left join on {@link #visible}; empty when the join found none. */
    Optional<R> joined(Record record) {
        return record.get(idColumn) == null ? Optional.empty() : Optional.of(record.into(table));
    }

    /** The rows with these ids the tenant may read; one statement, whatever the number of ids. */
    List<R> findVisible(DSLContext dsl, TenantId tenant, Collection<UUID> ids) {
        return dsl.selectFrom(table)
                .where(idColumn.in(ids))
                .and(Visibility.readable(tenantColumn, tenant, null))
                .fetch();
    }

    /** Every row the tenant may read, its own first, then by id (one statement). */
    List<R> allVisible(DSLContext dsl, TenantId tenant, Condition condition) {
        return dsl.selectFrom(table)
                .where(Visibility.readable(tenantColumn, tenant, null))
                .and(condition)
                .orderBy(tenantColumn.eq(tenant.value()).desc(), idColumn)
                .fetch();
    }

    /**
     * Inserts a new row of the tenant's own: sets the tenant and a new random id, then lets {@code apply} fill in
     * the rest before the insert.
     *
     * @return the inserted record, which carries the new id
     */
    R insertOwn(DSLContext dsl, TenantId tenant, Consumer<R> apply) {
        R r = dsl.newRecord(table);
        r.set(tenantColumn, tenant.value());
        r.set(idColumn, UUID.randomUUID());
        apply.accept(r);
        r.insert();
        return r;
    }

    /**
     * Locks the tenant's own row with this id, lets {@code apply} change it, stamps its updated-at with now and
     * writes it back; empty when the tenant has no such row (a shared one included).
     */
    Optional<R> updateOwn(DSLContext dsl, TenantId tenant, UUID id, Consumer<R> apply) {
        R r = dsl.selectFrom(table)
                .where(idColumn.eq(id))
                .and(Visibility.writable(tenantColumn, tenant))
                .forUpdate()
                .fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        apply.accept(r);
        r.set(updatedAtColumn, OffsetDateTime.now());
        r.update();
        return Optional.of(r);
    }

    /** Deletes the tenant's own row with this id; false when the tenant has no such row (a shared one included). */
    boolean deleteOwn(DSLContext dsl, TenantId tenant, UUID id) {
        return dsl.deleteFrom(table)
                .where(idColumn.eq(id))
                .and(Visibility.writable(tenantColumn, tenant))
                .execute() == 1;
    }
}
