package selfserve.identity.api;

import java.util.List;
import java.util.UUID;

/**
 * The AllowSelfServicePurchase policy of a tenant, with a tenant-wide default for every
 * product without its own setting. {@code tenantId} null means the caller's own tenant; a partner names
 * a customer that delegated to them. Global and Billing admins change, Global readers read; another
 * tenant is answered as not found ({@code TENANT_NOT_FOUND}). Changes apply from then on.
 */
public interface PurchasePolicies {

    String POLICY_ID = "AllowSelfServicePurchase";

    /** Refuses any policy id but {@link #POLICY_ID} with {@code POLICY_NOT_FOUND}. */
    static void requireKnown(String policyId) {
        if (!POLICY_ID.equals(policyId)) {
            throw SelfServeException.notFound("POLICY_NOT_FOUND", policyId);
        }
    }

    /** The tenants whose policy the caller may see: their own if they hold an admin role there, and their customers. */
    List<TenantRef> governableTenants();

    /** Whether the caller may change the policy of this tenant (or only read it). */
    boolean canChange(UUID tenantId);

    PolicySummary policy(UUID tenantId);

    List<ProductPolicy> productPolicies(UUID tenantId);

    ProductPolicy productPolicy(UUID tenantId, String productId);

    /** Refused with {@code TRIALS_ONLY_NOT_OFFERED} for a product that has no trial without payment method. */
    ProductPolicy changeProductPolicy(UUID tenantId, String productId, PolicyValue value);

    PolicySummary changeDefault(UUID tenantId, PolicyValue value);
}
