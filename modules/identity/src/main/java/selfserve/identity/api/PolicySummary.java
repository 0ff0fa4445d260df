package selfserve.identity.api;

/** A policy in one tenant, as MSCommerce's Get-MSCommercePolicy shows it: its id and the tenant's default value. */
public record PolicySummary(String policyId, TenantRef tenant, PolicyValue defaultValue) {
}
