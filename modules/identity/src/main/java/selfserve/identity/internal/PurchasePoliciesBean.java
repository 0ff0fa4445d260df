package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.PolicySummary;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.ProductPolicy;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.identity.domain.PartnerDelegation;
import selfserve.identity.domain.PolicyRules;
import selfserve.identity.domain.PolicySetting;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.TenantAccess;
import selfserve.identity.domain.User;

/** The AllowSelfServicePurchase policy: Global and Billing admins change it, Global readers read it. */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class PurchasePoliciesBean implements PurchasePolicies {

    static final Set<Role> READERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN, Role.GLOBAL_READER);
    static final Set<Role> CHANGERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN);

    @Inject
    private IdentityRepository repository;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private IdentityAudit audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    public List<TenantRef> governableTenants() {
        User caller = caller();
        List<TenantRef> tenants = new ArrayList<>();
        if (caller.roles().stream().anyMatch(READERS::contains)) {
            tenants.add(caller.tenant().ref());
        }
        repository.delegationsOf(caller).stream()
                .filter(d -> READERS.contains(d.delegatedRole()))
                .map(d -> d.customerTenant().ref())
                .forEach(tenants::add);
        return tenants;
    }

    @Override
    public boolean canChange(UUID tenantId) {
        User caller = caller();
        Tenant tenant = tenant(caller, tenantId, READERS);
        return TenantAccess.decide(caller, repository.delegationsOf(caller), tenant.id(), CHANGERS)
                == TenantAccess.Decision.ALLOWED;
    }

    @Override
    public PolicySummary policy(UUID tenantId) {
        Tenant tenant = tenant(caller(), tenantId, READERS);
        return new PolicySummary(POLICY_ID, tenant.ref(), tenant.selfServiceDefault());
    }

    @Override
    public List<ProductPolicy> productPolicies(UUID tenantId) {
        Tenant tenant = tenant(caller(), tenantId, READERS);
        Map<String, PolicySetting> settings = repository.policySettings(tenant);
        return catalog.products().stream()
                .map(product -> productPolicy(tenant, product, Optional.ofNullable(settings.get(product.id()))))
                .toList();
    }

    @Override
    public ProductPolicy productPolicy(UUID tenantId, String productId) {
        Tenant tenant = tenant(caller(), tenantId, READERS);
        Product product = product(productId);
        return productPolicy(tenant, product, repository.policySetting(tenant, product.id()));
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
    public ProductPolicy changeProductPolicy(UUID tenantId, String productId, PolicyValue value) {
        User caller = caller();
        Tenant tenant = tenant(caller, tenantId, CHANGERS);
        Product product = product(productId);
        if (!PolicyRules.allows(product, value)) {
            throw SelfServeException.invalid("TRIALS_ONLY_NOT_OFFERED", product.name());
        }
        Optional<PolicySetting> existing = repository.policySetting(tenant, product.id());
        PolicyValue before = PolicyRules.effective(existing.map(PolicySetting::value), tenant.selfServiceDefault(), product);
        existing.ifPresentOrElse(
                setting -> setting.change(value, caller.id(), clock.instant()),
                () -> repository.add(new PolicySetting(tenant, product.id(), value, caller.id(), clock.instant())));
        audit.adminProductChange(caller, tenant, IdentityAudit.POLICY_CHANGED, product.id(), before.wireName(), value.wireName());
        return new ProductPolicy(POLICY_ID, product, value, true);
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.PARTNER})
    public PolicySummary changeDefault(UUID tenantId, PolicyValue value) {
        User caller = caller();
        Tenant tenant = tenant(caller, tenantId, CHANGERS);
        PolicyValue before = tenant.selfServiceDefault();
        tenant.changeSelfServiceDefault(value);
        audit.adminChange(caller, tenant, IdentityAudit.POLICY_DEFAULT_CHANGED, POLICY_ID, before.wireName(), value.wireName());
        return new PolicySummary(POLICY_ID, tenant.ref(), value);
    }

    private ProductPolicy productPolicy(Tenant tenant, Product product, Optional<PolicySetting> setting) {
        PolicyValue value = PolicyRules.effective(setting.map(PolicySetting::value), tenant.selfServiceDefault(), product);
        return new ProductPolicy(POLICY_ID, product, value, setting.isPresent());
    }

    /** The tenant the caller asks for (null: their own), if the caller holds one of the roles there. */
    private Tenant tenant(User caller, UUID tenantId, Set<Role> roles) {
        UUID wanted = tenantId == null ? caller.tenant().id() : tenantId;
        List<PartnerDelegation> delegations = repository.delegationsOf(caller);
        return switch (TenantAccess.decide(caller, delegations, wanted, roles)) {
            case ALLOWED -> repository.tenant(wanted).orElseThrow(() -> SelfServeException.notFound("TENANT_NOT_FOUND", wanted));
            case FORBIDDEN -> throw SelfServeException.forbidden("FORBIDDEN");
            case NOT_FOUND -> throw SelfServeException.notFound("TENANT_NOT_FOUND", wanted);
        };
    }

    private Product product(String productId) {
        return catalog.product(productId).orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productId));
    }

    private User caller() {
        return currentUser.of(session.getCallerPrincipal());
    }
}
