package selfserve.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscription;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.SelfServeException;

/**
 * The targets whose entries concern a product: entries about the product itself (its purchase policy) name
 * its id or an older alias; entries about a purchase, its licenses or its take-over name the subscription.
 * So "entries of this product" are the entries of the product's ids and of every subscription of it in the
 * tenant. (License requests name the request; they are found by their action instead.)
 */
@ApplicationScoped
public class ProductTargets {

    @Inject
    private ProductCatalog catalog;

    @Inject
    private TenantPurchases purchases;

    /** The targets of {@code productIdOrAlias} in the tenant; {@code PRODUCT_NOT_FOUND} for an unknown product. */
    public Set<String> of(UUID tenantId, String productIdOrAlias) {
        Product product = catalog.product(productIdOrAlias.strip())
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productIdOrAlias));
        Set<String> targets = new LinkedHashSet<>();
        targets.add(product.id());
        targets.addAll(product.aliases());
        purchases.subscriptions(tenantId, true).stream()
                .filter(subscription -> subscription.productId().equals(product.id()))
                .map(TenantSubscription::id)
                .map(UUID::toString)
                .forEach(targets::add);
        return targets;
    }
}
