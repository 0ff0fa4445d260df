package selfserve.identity.domain;

import java.util.Set;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.IneligibilityReason;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductFamily;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;

/** Who may buy what by self-service, checked from the person outwards: user, tenant, country, policy. */
public final class EligibilityRules {

    /** Countries where self-service purchases are not offered at all. */
    static final Set<String> COUNTRIES_WITHOUT_SELF_SERVICE = Set.of("IN");
    /** Project and Visio are not offered in Brazil and the Democratic Republic of the Congo. */
    static final Set<String> COUNTRIES_WITHOUT_PROJECT_AND_VISIO = Set.of("BR", "CD");

    private EligibilityRules() {
    }

    public static EligibilityDecision decide(User user, Product product, PolicyValue policy, PurchaseKind kind) {
        Tenant tenant = user.tenant();
        if (user.kind() == UserKind.GUEST) {
            return EligibilityDecision.refused(IneligibilityReason.GUEST);
        }
        if (!user.isActive()) {
            return EligibilityDecision.refused(IneligibilityReason.DISABLED);
        }
        if (!tenant.managed()) {
            return EligibilityDecision.refused(IneligibilityReason.UNMANAGED_TENANT);
        }
        if (tenant.type() == TenantType.GOVERNMENT) {
            return EligibilityDecision.refused(IneligibilityReason.GOVERNMENT_TENANT);
        }
        if (tenant.type() == TenantType.EDUCATION) {
            return EligibilityDecision.refused(IneligibilityReason.EDUCATION_TENANT);
        }
        if (COUNTRIES_WITHOUT_SELF_SERVICE.contains(tenant.country())) {
            return EligibilityDecision.refused(IneligibilityReason.COUNTRY_NOT_SUPPORTED);
        }
        if (isProjectOrVisio(product) && COUNTRIES_WITHOUT_PROJECT_AND_VISIO.contains(tenant.country())) {
            return EligibilityDecision.refused(IneligibilityReason.PRODUCT_NOT_IN_COUNTRY);
        }
        return byPolicy(product, policy, kind);
    }

    private static EligibilityDecision byPolicy(Product product, PolicyValue policy, PurchaseKind kind) {
        return switch (policy) {
            case DISABLED -> EligibilityDecision.refused(IneligibilityReason.POLICY_DISABLED);
            case ONLY_TRIALS_WITHOUT_PAYMENT_METHOD -> kind == PurchaseKind.TRIAL_WITHOUT_PAYMENT_METHOD
                    && product.trialWithoutPaymentMethod()
                    ? EligibilityDecision.ELIGIBLE : EligibilityDecision.refused(IneligibilityReason.POLICY_TRIALS_ONLY);
            case ENABLED -> EligibilityDecision.ELIGIBLE;
        };
    }

    private static boolean isProjectOrVisio(Product product) {
        return product.family() == ProductFamily.PROJECT || product.family() == ProductFamily.VISIO;
    }
}
