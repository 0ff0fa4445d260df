package selfserve.portal.ui.purchaser.buy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.Term;
import selfserve.portal.i18n.LanguageChoice;

/**
 * Money, dates, terms and card brands as a person reads them in the language of the page they are on:
 * {@code $1,234.50}, {@code 1 234,50 kr}, {@code ¥1,234.50}; {@code Mar 5, 2027}, {@code 5 mars 2027},
 * {@code 2027年3月5日}. Dates are days in UTC: the api tells no tenant time zone.
 */
public final class Formats {

    /** The card networks with a display name in the bundles ({@code card.brand.VISA}, ...). */
    private static final Set<String> KNOWN_BRANDS = Set.of("VISA", "MASTERCARD", "AMERICAN_EXPRESS", "JCB", "UNIONPAY");
    private static final ZoneId ZONE = ZoneOffset.UTC;

    private final Component page;
    private final Locale locale;

    private Formats(Component page) {
        this.page = page;
        this.locale = LanguageChoice.closestTo(UI.getCurrent().getLocale()).locale();
    }

    /** The formats of the language the current UI shows; the component translates the words. */
    public static Formats of(Component page) {
        return new Formats(page);
    }

    /** The amount in its own currency, with the currency's number of decimals. */
    public String money(Money money) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(money.amount());
    }

    /** The day of an instant in the language's medium style; empty when there is none. */
    public String date(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZONE).format(instant);
    }

    /** "Monthly commitment", "Annual commitment". */
    public String term(Term term) {
        return page.getTranslation("term." + term.name());
    }

    public String status(SubscriptionStatus status) {
        return page.getTranslation("subscription.status." + status.name());
    }

    /** A card network's name ("American Express" for AMERICAN_EXPRESS); a brand the bundles do not know as it is. */
    public String brand(String brand) {
        return brand != null && KNOWN_BRANDS.contains(brand) ? page.getTranslation("card.brand." + brand)
                : String.valueOf(brand);
    }

    /** A card as a person recognizes it: "Visa ending in 4242". */
    public String card(String brand, String last4) {
        return page.getTranslation("buy.card.ending", brand(brand), last4);
    }

    /** A whole number as the language writes it (used where a number stands alone in a cell). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }
}
