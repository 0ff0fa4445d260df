package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.ProductEligibility;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.domain.EligibilityRules;
import selfserve.identity.domain.PolicyRules;
import selfserve.identity.domain.PolicySetting;
import selfserve.identity.domain.User;

/** Eligibility of the signed-in caller, under their tenant's policy as it is now. */
@Stateless
@RolesAllowed(Roles.USER)
public class EligibilityBean implements Eligibility {

    @Inject
    private IdentityRepository repository;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private SessionContext session;

    @Override
    public EligibilityDecision mine(String productId, PurchaseKind kind) {
        User caller = currentUser.of(session.getCallerPrincipal());
        Product product = catalog.product(productId).orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productId));
        PolicyValue policy = PolicyRules.effective(repository.policySetting(caller.tenant(), product.id()).map(PolicySetting::value),
                caller.tenant().selfServiceDefault(), product);
        return EligibilityRules.decide(caller, product, policy, kind);
    }

    @Override
    public List<ProductEligibility> myProducts() {
        User caller = currentUser.of(session.getCallerPrincipal());
        Map<String, PolicySetting> settings = repository.policySettings(caller.tenant());
        return catalog.products().stream().map(product -> {
            PolicyValue policy = PolicyRules.effective(Optional.ofNullable(settings.get(product.id())).map(PolicySetting::value),
                    caller.tenant().selfServiceDefault(), product);
            return new ProductEligibility(product,
                    EligibilityRules.decide(caller, product, policy, PurchaseKind.PURCHASE),
                    EligibilityRules.decide(caller, product, policy, PurchaseKind.TRIAL_WITHOUT_PAYMENT_METHOD));
        }).toList();
    }
}
