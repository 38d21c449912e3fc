package io.prism.data;

/** Where a row's numbers come from and whether they were checked against that source. */
public record Provenance(String source, String verification, boolean verified) {

    /** Provenance of a row a tenant entered itself. */
    public static Provenance tenantEntered(String source, boolean verified) {
        return new Provenance(source, verified ? "checked by the tenant" : "entered by the tenant, not checked",
                verified);
    }
}
