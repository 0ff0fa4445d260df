package selfserve.commerce.domain;

import java.time.Clock;
import java.time.YearMonth;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.CardUpdate;
import selfserve.identity.api.SelfServeException;

/**
 * What a card must be before it goes to the payment gateway: a valid number of an accepted brand (Luhn),
 * an expiry month not yet past, a security code and the holder's name. The first problem found is the
 * refusal; none of them repeats the number.
 */
public final class CardCheck {

    /** The column's width. */
    public static final int LONGEST_NAME = 200;

    /** Cards are issued for a few years; none for more than this. */
    public static final int LONGEST_VALIDITY_YEARS = 20;

    private CardCheck() {
    }

    /** The card's brand, once every check passed. */
    public static CardBrand check(CardDetails card, Clock clock) {
        String digits = digitsOf(card.number());
        CardBrand brand = CardBrand.of(digits).filter(b -> passesLuhn(digits))
                .orElseThrow(() -> SelfServeException.invalid("CARD_NUMBER_INVALID"));
        checkExpiry(card.expiryMonth(), card.expiryYear(), clock);
        if (card.securityCode() == null || !card.securityCode().strip().matches("\\d{3,4}")) {
            throw SelfServeException.invalid("CARD_SECURITY_CODE_MISSING");
        }
        if (card.nameOnCard() == null || card.nameOnCard().isBlank()) {
            throw SelfServeException.invalid("CARD_NAME_MISSING");
        }
        if (card.nameOnCard().strip().length() > LONGEST_NAME) {
            throw SelfServeException.invalid("CARD_NAME_TOO_LONG", LONGEST_NAME);
        }
        return brand;
    }

    /**
     * The changes a holder may make to a saved card: an expiry not yet past, the security code the
     * gateway verifies the card with, and a name.
     */
    public static void checkUpdate(CardUpdate update, Clock clock) {
        checkExpiry(update.expiryMonth(), update.expiryYear(), clock);
        if (update.securityCode() == null || !update.securityCode().strip().matches("\\d{3,4}")) {
            throw SelfServeException.invalid("CARD_SECURITY_CODE_MISSING");
        }
        if (update.nameOnCard() == null || update.nameOnCard().isBlank()) {
            throw SelfServeException.invalid("CARD_NAME_MISSING");
        }
        if (update.nameOnCard().strip().length() > LONGEST_NAME) {
            throw SelfServeException.invalid("CARD_NAME_TOO_LONG", LONGEST_NAME);
        }
    }

    /**
     * A month of the year not yet past, and not further off than any card is issued for (a year such as 99999 is
     * a typing error, and one beyond what a date holds would fail deep down).
     */
    static void checkExpiry(int month, int year, Clock clock) {
        YearMonth now = YearMonth.now(clock);
        if (year > now.getYear() + LONGEST_VALIDITY_YEARS) {
            throw SelfServeException.invalid("CARD_EXPIRY_TOO_FAR", LONGEST_VALIDITY_YEARS);
        }
        if (month < 1 || month > 12 || year < now.getYear() || YearMonth.of(year, month).isBefore(now)) {
            throw SelfServeException.invalid("CARD_EXPIRED");
        }
    }

    /** The number without the spaces and dashes people type; empty when anything else is in it. */
    public static String digitsOf(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        return digits.matches("\\d{12,19}") ? digits : "";
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }
}
