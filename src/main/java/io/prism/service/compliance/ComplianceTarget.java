package io.prism.service.compliance;

import io.prism.error.PrismException;
import io.prism.service.Checks;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a compliance check looks at (GraphQL {@code ComplianceTarget}).
 *
 * @param kind a calculation (a speed-and-feed or optimisation run), a job plan, a material or the whole tenant
 * @param id the calculation's, the material's or the tenant's id
 */
public record ComplianceTarget(Kind kind, UUID id) {

    /** The kinds of target (GraphQL {@code ComplianceTargetKind}). */
    public enum Kind { CALCULATION, JOB_PLAN, MATERIAL, TENANT }

    /**
     * The target a request names with exactly one of its members ({@code target.calculationId},
     * {@code target.jobPlanId}, {@code target.materialId}, or {@code target.tenant: true} for the caller's tenant);
     * anything else is BAD_USER_INPUT on {@code target}. {@code calculationId} names a calculation of any kind; the
     * check finds out whether it is a job plan.
     */
    public static ComplianceTarget of(String calculationId, String jobPlanId, String materialId, Boolean wholeTenant,
                                      TenantId tenant) {
        List<String> given = new ArrayList<>();
        if (calculationId != null) {
            given.add("calculationId");
        }
        if (jobPlanId != null) {
            given.add("jobPlanId");
        }
        if (materialId != null) {
            given.add("materialId");
        }
        if (wholeTenant != null) {
            given.add("tenant");
        }
        if (given.size() != 1) {
            throw PrismException.badInput("target must name exactly one of calculationId, jobPlanId, materialId or "
                    + "tenant" + (given.isEmpty() ? "" : ", not " + String.join(" and ", given)), "target");
        }
        if (calculationId != null) {
            return new ComplianceTarget(Kind.CALCULATION, Checks.id(calculationId, "target.calculationId"));
        }
        if (jobPlanId != null) {
            return new ComplianceTarget(Kind.JOB_PLAN, Checks.id(jobPlanId, "target.jobPlanId"));
        }
        if (materialId != null) {
            return new ComplianceTarget(Kind.MATERIAL, Checks.id(materialId, "target.materialId"));
        }
        if (!wholeTenant) {
            throw PrismException.badInput("target.tenant checks the caller's tenant and must be true", "target",
                    "tenant");
        }
        return new ComplianceTarget(Kind.TENANT, tenant.value());
    }
}
