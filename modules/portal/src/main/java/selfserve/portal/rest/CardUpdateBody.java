package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CardUpdate;

/**
 * A saved card's new expiry, name and address, with its security code, which the payment gateway verifies
 * the card with (and which is never stored). The number cannot be changed: add a new card instead.
 */
@Schema(name = "CardUpdate")
public record CardUpdateBody(@Schema(examples = "12") int expiryMonth, @Schema(examples = "2029") int expiryYear,
                             @Schema(examples = "123", required = true) String securityCode, String nameOnCard,
                             PurchaseBody.AddressBody address) {

    CardUpdate toUpdate() {
        return new CardUpdate(expiryMonth, expiryYear, securityCode, nameOnCard, CardBodies.address(address));
    }

    @Override
    public String toString() {
        return "CardUpdateBody[***]";
    }
}
