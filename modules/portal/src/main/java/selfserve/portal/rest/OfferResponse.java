package selfserve.portal.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.Offer;
import selfserve.identity.api.EligibilityDecision;

/** A product as the caller may buy it: prices in their tenant's currency and whether they may buy or try it. */
@Schema(name = "Offer")
public record OfferResponse(String productId, List<String> olderProductIds, String productName,
                            boolean trialWithoutPaymentMethod, Decision purchase, Decision trial, List<PriceResponse> prices) {

    /** Eligible, or the reason (a stable code) with its sentence in the caller's language. */
    @Schema(name = "EligibilityDecision")
    public record Decision(boolean eligible, String reason, String message) {
    }

    /** A self-service price per license per month. */
    @Schema(name = "Price")
    public record PriceResponse(@Schema(enumeration = {"MONTHLY", "ANNUAL"}) String term, MoneyResponse perLicensePerMonth) {
    }

    static OfferResponse of(Offer offer, java.util.function.Function<EligibilityDecision, Decision> decisions) {
        var product = offer.eligibility().product();
        return new OfferResponse(product.id(), product.aliases(), product.name(), product.trialWithoutPaymentMethod(),
                decisions.apply(offer.eligibility().purchase()), decisions.apply(offer.eligibility().trial()),
                offer.prices().stream().map(p -> new PriceResponse(p.term().name(), MoneyResponse.of(p.perLicensePerMonth())))
                        .toList());
    }
}
