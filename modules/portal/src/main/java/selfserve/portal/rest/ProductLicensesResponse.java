package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.licensing.api.ProductLicenses;

/** A product in the admin licenses view: the seats of all its running subscriptions together. */
@Schema(name = "ProductLicenses")
public record ProductLicensesResponse(String productId, String productName, int subscriptions, long available,
                                      long assigned, long free) {

    static ProductLicensesResponse of(ProductLicenses p) {
        return new ProductLicensesResponse(p.productId(), p.productName(), p.subscriptions(), p.available(), p.assigned(),
                p.free());
    }
}
