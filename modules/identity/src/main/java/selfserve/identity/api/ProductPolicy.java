package selfserve.identity.api;

/**
 * A product's AllowSelfServicePurchase setting in one tenant.
 *
 * @param value          the value in force: the product's own setting, else the tenant default
 * @param explicitlySet  whether the product has its own setting
 */
public record ProductPolicy(String policyId, Product product, PolicyValue value, boolean explicitlySet) {
}
