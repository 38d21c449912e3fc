package io.prism.service;

import io.prism.data.AccountRepository;
import io.prism.data.Database;
import io.prism.data.UsageRepository;
import io.prism.data.UsageRepository.OperationTotals;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import io.prism.tenancy.TenantId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;

/** Usage reports: a tenant's metered operations, errors and cost units over a period, per operation and door. */
@Service
public class UsageService {

    /** The longest period one report covers. */
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    /** A tenant's usage from {@code from} (the start of its UTC hour) to {@code to}. */
    public record Report(TenantId tenantId, OffsetDateTime from, OffsetDateTime to, long requests, long errors,
                         long costUnits, List<OperationTotals> operations) {
    }

    private final Database database;
    private final UsageRepository usage;
    private final UsageMeter meter;
    private final AccountRepository accounts;

    public UsageService(Database database, UsageRepository usage, UsageMeter meter, AccountRepository accounts) {
        this.database = database;
        this.usage = usage;
        this.meter = meter;
        this.accounts = accounts;
    }

    /**
     * The usage of the caller's tenant, or of the named one for the platform operator (who must name one; a tenant
     * key naming another tenant gets NOT_FOUND). This replica's counts are written first, so the report includes
     * everything this replica has answered.
     */
    public Report report(RequestContext ctx, OffsetDateTime from, OffsetDateTime to, String tenantId) {
        TenantId tenant = ctx.namedTenant(tenantId, "tenantId", Scope.READ, "asks for usage");
        if (from == null) {
            throw PrismException.badInput("from is required", "from");
        }
        if (to == null) {
            throw PrismException.badInput("to is required", "to");
        }
        OffsetDateTime start = from.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        OffsetDateTime end = to.withOffsetSameInstant(ZoneOffset.UTC);
        if (!end.isAfter(from)) {
            throw PrismException.badInput("to (" + to + ") must be after from (" + from + ")", "to");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw PrismException.badInput("the period may span at most " + MAX_PERIOD.toDays() + " days", "to");
        }
        meter.flush(tenant);
        List<OperationTotals> operations = database.inTransaction(tenant, true, dsl -> {
            if (ctx.principal().operator()) {
                accounts.findTenant(dsl, tenant).orElseThrow(() -> PrismException.notFound("Tenant", tenantId));
            }
            return usage.totals(dsl, tenant, start, end);
        });
        return new Report(tenant, start, end,
                operations.stream().mapToLong(OperationTotals::requests).sum(),
                operations.stream().mapToLong(OperationTotals::errors).sum(),
                operations.stream().mapToLong(OperationTotals::costUnits).sum(), operations);
    }
}
