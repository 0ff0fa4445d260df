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

    private CardCheck() {
    }

    /** The card's brand, once every check passed. */
    public static CardBrand check(CardDetails card, Clock clock) {
        String digits = digitsOf(card.number());
        CardBrand brand = CardBrand.of(digits).filter(b -> passesLuhn(digits))
                .orElseThrow(() -> SelfServeException.invalid("CARD_NUMBER_INVALID"));
        if (card.expiryMonth() < 1 || card.expiryMonth() > 12
                || YearMonth.of(card.expiryYear(), card.expiryMonth()).isBefore(YearMonth.now(clock))) {
            throw SelfServeException.invalid("CARD_EXPIRED");
        }
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
        if (update.expiryMonth() < 1 || update.expiryMonth() > 12
                || YearMonth.of(update.expiryYear(), update.expiryMonth()).isBefore(YearMonth.now(clock))) {
            throw SelfServeException.invalid("CARD_EXPIRED");
        }
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
