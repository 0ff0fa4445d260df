package selfserve.identity.domain;

import java.util.Optional;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;

/** How a product's AllowSelfServicePurchase value is found and which values a product may take. */
public final class PolicyRules {

    private PolicyRules() {
    }

    /**
     * The value in force: the product's own setting, else the tenant default. Trial-only applies only to a
     * product with a trial without payment method; under a trial-only default any other product is Disabled.
     */
    public static PolicyValue effective(Optional<PolicyValue> ownSetting, PolicyValue tenantDefault, Product product) {
        PolicyValue value = ownSetting.orElse(tenantDefault);
        return value == PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD && !product.trialWithoutPaymentMethod()
                ? PolicyValue.DISABLED : value;
    }

    /** Whether a product may be given this value as its own setting. */
    public static boolean allows(Product product, PolicyValue value) {
        return value != PolicyValue.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD || product.trialWithoutPaymentMethod();
    }
}
