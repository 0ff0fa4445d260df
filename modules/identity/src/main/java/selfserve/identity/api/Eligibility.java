package selfserve.identity.api;

import java.util.List;

/** Who may buy what by self-service, for the signed-in caller. */
public interface Eligibility {

    /** May the caller buy, or start a trial without payment method of, this product (id or alias)? */
    EligibilityDecision mine(String productId, PurchaseKind kind);

    /** Every product of the catalog with the caller's decisions for buying and for a trial. */
    List<ProductEligibility> myProducts();
}
