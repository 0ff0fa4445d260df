package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.OrderHistoryEntry;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscription;
import selfserve.commerce.api.TenantSubscriptionDetails;
import selfserve.commerce.api.TenantSubscriptionPage;
import selfserve.commerce.domain.PageWindow;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.TenantRef;

/** A tenant's purchases for its admins: identity decides whether the caller administers the tenant. */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class TenantPurchasesBean implements TenantPurchases {

    static final Set<Role> READERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN, Role.GLOBAL_READER);

    @Inject
    private AdminScope scope;

    @Inject
    private CommerceRepository repository;

    @Inject
    private TenantViews views;

    @Override
    public List<TenantSubscription> subscriptions(UUID tenantId, boolean includeSelfService) {
        TenantRef tenant = scope.require(tenantId, READERS);
        return views.list(tenant, repository.subscriptionsOfTenant(tenant.id()).stream()
                .filter(s -> includeSelfService || s.channel() == Channel.CENTRAL)
                .toList());
    }

    @Override
    public TenantSubscriptionPage page(UUID tenantId, boolean includeSelfService, int offset, int limit) {
        PageWindow window = new PageWindow(offset, limit);
        TenantRef tenant = scope.require(tenantId, READERS);
        long total = repository.countOfTenant(tenant.id(), !includeSelfService);
        List<TenantSubscription> items = total <= window.offset() ? List.of()
                : views.list(tenant, repository.subscriptionsOfTenant(tenant.id(), !includeSelfService, window.offset(),
                window.limit()));
        return new TenantSubscriptionPage(items, total, window.offset(), window.limit());
    }

    @Override
    public TenantSubscriptionDetails subscription(UUID tenantId, UUID subscriptionId) {
        TenantRef tenant = scope.require(tenantId, READERS);
        return views.details(tenant, views.subscriptionOf(tenant, subscriptionId));
    }

    @Override
    public List<OrderHistoryEntry> history(UUID tenantId, UUID subscriptionId) {
        return subscription(tenantId, subscriptionId).history();
    }
}
