package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscription;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
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
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Override
    public List<TenantSubscription> subscriptions(UUID tenantId, boolean includeSelfService) {
        TenantRef tenant = scope.require(tenantId, READERS);
        List<Subscription> subscriptions = repository.subscriptionsOfTenant(tenant.id()).stream()
                .filter(s -> includeSelfService || s.channel() == Channel.CENTRAL)
                .toList();
        Map<UUID, Person> purchasers = scope.people(tenant.id(), subscriptions.stream().map(Subscription::purchaserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> names = catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        return subscriptions.stream().map(s -> {
            Person purchaser = s.purchaserId() == null ? null : purchasers.get(s.purchaserId());
            var view = s.view(names.getOrDefault(s.productId(), s.productId()));
            return new TenantSubscription(s.id(), s.productId(), view.productName(), s.channel(), s.status(), s.quantity(),
                    purchaser == null ? null : purchaser.displayName(), purchaser == null ? null : purchaser.email(),
                    s.unitPrice(), view.startedAt(), view.renewsAt(), view.endedAt());
        }).toList();
    }
}
