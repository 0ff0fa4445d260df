package selfserve.licensing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.LicenseHolderRow;
import selfserve.licensing.api.Licenses;
import selfserve.licensing.api.ProductLicenses;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.licensing.domain.SeatPool;

/** The admin licenses view and its export: every admin role reads, partners by delegation. */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class LicensesBean implements Licenses {

    private static final EnumSet<Role> READERS = EnumSet.allOf(Role.class);

    @Inject
    private LicensingRepository repository;

    @Inject
    private HolderExport holders;

    @Inject
    private AdminScope adminScope;

    @Inject
    private ProductCatalog catalog;

    @Override
    public List<ProductLicenses> products(UUID tenantId) {
        TenantRef tenant = adminScope.require(tenantId, READERS);
        return repository.productTotals(tenant.id()).stream()
                .map(row -> new ProductLicenses((String) row[0], productName((String) row[0]),
                        ((Number) row[1]).intValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .sorted(Comparator.comparing(ProductLicenses::productName))
                .toList();
    }

    @Override
    public List<SubscriptionSeats> subscriptions(UUID tenantId, String productId) {
        TenantRef tenant = adminScope.require(tenantId, READERS);
        String product = catalog.product(productId).map(Product::id)
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productId));
        List<SeatPool> pools = repository.runningPools(tenant.id(), product);
        Map<UUID, Person> purchasers = adminScope.people(tenant.id(), pools.stream().map(SeatPool::purchaserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return pools.stream()
                .map(pool -> {
                    Person purchaser = pool.purchaserId() == null ? null : purchasers.get(pool.purchaserId());
                    return new SubscriptionSeats(pool.subscriptionId(), pool.productId(), pool.purchaserId(),
                            purchaser == null ? null : purchaser.displayName(), purchaser == null ? null : purchaser.email(),
                            pool.seats(), pool.assigned());
                })
                .sorted(Comparator.comparing(SubscriptionSeats::isCentral).reversed()
                        .thenComparing(seats -> Objects.requireNonNullElse(seats.purchaserName(), "")))
                .toList();
    }

    @Override
    public long exportSize(UUID tenantId, Collection<UUID> subscriptionIds) {
        TenantRef tenant = adminScope.require(tenantId, READERS);
        if (subscriptionIds != null) {
            // A subscription that is not there (or another tenant's) is named, not exported as nothing.
            for (UUID id : subscriptionIds) {
                repository.pool(id).filter(pool -> pool.tenantId().equals(tenant.id()))
                        .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND", id));
            }
        }
        return holders.count(tenant.id(), subscriptionIds);
    }

    /**
     * Outside a transaction: plain reads with autocommit, so that an export of millions of rows is never cut
     * by the transaction timeout; the names are looked up in short transactions of their own.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(UUID tenantId, Collection<UUID> subscriptionIds, Consumer<LicenseHolderRow> sink) {
        TenantRef tenant = adminScope.require(tenantId, READERS);
        Map<String, String> productNames = new ConcurrentHashMap<>();
        holders.stream(tenant.id(), subscriptionIds, users -> adminScope.people(tenant.id(), users),
                productId -> productNames.computeIfAbsent(productId, this::productName), sink);
    }

    private String productName(String productId) {
        return catalog.product(productId).map(Product::name).orElse(productId);
    }
}
