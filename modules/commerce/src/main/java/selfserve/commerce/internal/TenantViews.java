package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.AssignedLicenses;
import selfserve.commerce.api.TenantSubscription;
import selfserve.commerce.api.TenantSubscriptionDetails;
import selfserve.commerce.domain.OrderHistoryLine;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;

/**
 * A tenant's subscriptions as its admins see them, with the names of the people involved as identity
 * gives them to admins of the tenant (a disabled purchaser stays named, R-26). The caller's access to the
 * tenant is checked before; this only assembles.
 */
@ApplicationScoped
public class TenantViews {

    @Inject
    private AdminScope scope;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private Instance<AssignedLicenses> assignedLicenses;

    /** The tenant's subscription with this id; one of another tenant, or none, is {@code SUBSCRIPTION_NOT_FOUND}. */
    Subscription subscriptionOf(TenantRef tenant, UUID subscriptionId) {
        return repository.subscription(subscriptionId)
                .filter(subscription -> subscription.tenantId().equals(tenant.id()))
                .orElseThrow(() -> SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND"));
    }

    List<TenantSubscription> list(TenantRef tenant, List<Subscription> subscriptions) {
        Map<UUID, Person> purchasers = scope.people(tenant.id(), subscriptions.stream().map(Subscription::purchaserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> names = productNames();
        return subscriptions.stream().map(s -> view(s, names, purchasers)).toList();
    }

    TenantSubscriptionDetails details(TenantRef tenant, Subscription subscription) {
        List<OrderHistoryLine> lines = repository.historyOf(subscription.id());
        Set<UUID> people = new HashSet<>();
        if (subscription.purchaserId() != null) {
            people.add(subscription.purchaserId());
        }
        lines.stream().map(OrderHistoryLine::actorId).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, Person> named = scope.people(tenant.id(), people);
        PaymentMethod card = subscription.paymentMethodId() == null ? null
                : repository.paymentMethod(subscription.paymentMethodId()).orElse(null);
        int assigned = assignedLicenses.isResolvable() ? assignedLicenses.get().assigned(subscription.id()) : 0;
        return new TenantSubscriptionDetails(view(subscription, productNames(), named), subscription.term(), assigned,
                card == null ? null : card.brand().name(), card == null ? null : card.last4(),
                lines.stream().map(line -> line.view(nameOf(named.get(line.actorId())))).toList());
    }

    private static TenantSubscription view(Subscription s, Map<String, String> names, Map<UUID, Person> people) {
        Person purchaser = s.purchaserId() == null ? null : people.get(s.purchaserId());
        var view = s.view(names.getOrDefault(s.productId(), s.productId()));
        return new TenantSubscription(s.id(), s.productId(), view.productName(), s.channel(), s.status(), s.quantity(),
                purchaser == null ? null : purchaser.displayName(), purchaser == null ? null : purchaser.email(),
                purchaser == null ? null : purchaser.status(), s.unitPrice(), view.startedAt(), view.renewsAt(),
                view.endedAt());
    }

    private static String nameOf(Person person) {
        return person == null ? null : person.displayName();
    }

    private Map<String, String> productNames() {
        return catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
    }
}
