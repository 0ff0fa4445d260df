package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Offer;
import selfserve.commerce.api.Offers;
import selfserve.commerce.api.Price;
import selfserve.identity.api.Eligibility;
import selfserve.identity.api.ProductEligibility;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** The catalog as the caller may buy it: self-service prices in their tenant's currency, and their decisions. */
@Stateless
@RolesAllowed(Roles.USER)
public class OffersBean implements Offers {

    @Inject
    private Eligibility eligibility;

    @Inject
    private Profile profile;

    @Inject
    private CommerceRepository repository;

    @Override
    public List<Offer> mine() {
        Map<String, List<Price>> prices = repository.prices(Channel.SELF_SERVICE, profile.current().currency()).stream()
                .collect(Collectors.groupingBy(Price::productId));
        return eligibility.myProducts().stream()
                .map(product -> offer(product, prices.getOrDefault(product.product().id(), List.of())))
                .toList();
    }

    @Override
    public Offer mine(String productId) {
        return mine().stream()
                .filter(offer -> matches(offer.eligibility(), productId))
                .findFirst()
                .orElseThrow(() -> SelfServeException.notFound("PRODUCT_NOT_FOUND", productId));
    }

    private static boolean matches(ProductEligibility product, String idOrAlias) {
        return product.product().id().equalsIgnoreCase(idOrAlias)
                || product.product().aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(idOrAlias));
    }

    private static Offer offer(ProductEligibility product, List<Price> prices) {
        return new Offer(product, prices.stream().sorted((a, b) -> a.term().compareTo(b.term())).toList());
    }
}
