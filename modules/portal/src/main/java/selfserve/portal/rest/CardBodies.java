package selfserve.portal.rest;

import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;

/** The card and address bodies of the API as commerce's types. */
final class CardBodies {

    private CardBodies() {
    }

    static CardDetails card(PurchaseBody.CardBody card) {
        return card == null ? null : new CardDetails(card.number(), card.expiryMonth(), card.expiryYear(), card.securityCode(),
                card.nameOnCard(), address(card.address()));
    }

    static BillingAddress address(PurchaseBody.AddressBody a) {
        return a == null ? null : new BillingAddress(a.line1(), a.line2(), a.city(), a.postalCode(), a.country());
    }
}
