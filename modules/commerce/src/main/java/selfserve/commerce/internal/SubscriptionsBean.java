package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;

/** A purchaser's own subscriptions: nobody sees another purchaser's here. */
@Stateless
@RolesAllowed(Roles.USER)
public class SubscriptionsBean implements Subscriptions {

    @Inject
    private Profile profile;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Override
    public List<SubscriptionView> mine() {
        Map<String, String> names = catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        return repository.subscriptionsOf(profile.current().userId()).stream()
                .map(subscription -> subscription.view(names.getOrDefault(subscription.productId(), subscription.productId())))
                .toList();
    }
}
