package io.prism.data;

import static io.prism.generated.jooq.Tables.USAGE_METER;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The usage meter: a tenant's requests, errors and cost units per hour, operation and door. Counts are only ever
 * added to a row, in one statement per flush; a tenant reads only its own rows.
 */
@Repository
public class UsageRepository {

    /** Counts to add to one row of the meter. */
    public record Counts(OffsetDateTime hour, String operation, String door, long requests, long errors,
                         long costUnits) {
    }

    /** One operation's totals over a period, through one door. */
    public record OperationTotals(String operation, String door, long requests, long errors, long costUnits) {
    }

    /** Adds {@code counts} to the tenant's rows, creating those that do not exist yet, in one statement. */
    public void add(DSLContext dsl, TenantId tenant, List<Counts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        InsertValuesStep7<?, UUID, OffsetDateTime, String, String, Long, Long, Long> insert =
                dsl.insertInto(USAGE_METER, USAGE_METER.TENANT_ID, USAGE_METER.HOUR, USAGE_METER.OPERATION,
                        USAGE_METER.DOOR, USAGE_METER.REQUESTS, USAGE_METER.ERRORS, USAGE_METER.COST_UNITS);
        for (Counts c : counts) {
            insert = insert.values(tenant.value(), c.hour(), c.operation(), c.door(), c.requests(), c.errors(),
                    c.costUnits());
        }
        insert.onConflict(USAGE_METER.TENANT_ID, USAGE_METER.HOUR, USAGE_METER.OPERATION, USAGE_METER.DOOR)
                .doUpdate()
                .set(USAGE_METER.REQUESTS, USAGE_METER.REQUESTS.plus(DSL.excluded(USAGE_METER.REQUESTS)))
                .set(USAGE_METER.ERRORS, USAGE_METER.ERRORS.plus(DSL.excluded(USAGE_METER.ERRORS)))
                .set(USAGE_METER.COST_UNITS,
                        USAGE_METER.COST_UNITS.plus(DSL.excluded(USAGE_METER.COST_UNITS)))
                .execute();
    }

    /**
     * The tenant's totals per operation and door for the hours that start at or after {@code from} and before
     * {@code to}, ordered by cost units (largest first), then operation and door.
     */
    public List<OperationTotals> totals(DSLContext dsl, TenantId tenant, OffsetDateTime from, OffsetDateTime to) {
        var requests = DSL.sum(USAGE_METER.REQUESTS).cast(Long.class);
        var errors = DSL.sum(USAGE_METER.ERRORS).cast(Long.class);
        var units = DSL.sum(USAGE_METER.COST_UNITS).cast(Long.class);
        return dsl.select(USAGE_METER.OPERATION, USAGE_METER.DOOR, requests, errors, units)
                .from(USAGE_METER)
                .where(USAGE_METER.TENANT_ID.eq(tenant.value()))
                .and(USAGE_METER.HOUR.ge(from)).and(USAGE_METER.HOUR.lt(to))
                .groupBy(USAGE_METER.OPERATION, USAGE_METER.DOOR)
                .orderBy(units.desc(), USAGE_METER.OPERATION, USAGE_METER.DOOR)
                .fetch(r -> new OperationTotals(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
