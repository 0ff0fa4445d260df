package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CentralPrice;

/** A product's central price for one term in the tenant's currency. */
@Schema(name = "CentralPrice")
public record CentralPriceResponse(String productId, String productName,
                                   @Schema(enumeration = {"MONTHLY", "ANNUAL"}) String term,
                                   MoneyResponse perLicensePerMonth) {

    static CentralPriceResponse of(CentralPrice p) {
        return new CentralPriceResponse(p.productId(), p.productName(), p.price().term().name(),
                MoneyResponse.of(p.price().perLicensePerMonth()));
    }
}
