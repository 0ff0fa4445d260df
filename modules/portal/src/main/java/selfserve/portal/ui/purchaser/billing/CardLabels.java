package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import selfserve.commerce.api.SavedCard;
import selfserve.portal.ui.purchaser.buy.Formats;

/** A saved card as a person recognizes it: "Visa ending in 4242, expires 12/2029". */
final class CardLabels {

    private CardLabels() {
    }

    static String label(Component page, SavedCard card) {
        return page.getTranslation("buy.card.saved", Formats.of(page).brand(card.brand()), card.last4(), expiry(card));
    }

    static String shortLabel(Component page, SavedCard card) {
        return Formats.of(page).card(card.brand(), card.last4());
    }

    static String expiry(SavedCard card) {
        return String.format(Locale.ROOT, "%02d/%d", card.expiryMonth(), card.expiryYear());
    }
}
