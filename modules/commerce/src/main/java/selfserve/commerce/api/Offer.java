package selfserve.commerce.api;

import java.util.List;
import selfserve.identity.api.ProductEligibility;

/** A product as the caller may buy it: their decisions and the self-service prices in their tenant's currency. */
public record Offer(ProductEligibility eligibility, List<Price> prices) {

    public Offer {
        prices = List.copyOf(prices);
    }
}
