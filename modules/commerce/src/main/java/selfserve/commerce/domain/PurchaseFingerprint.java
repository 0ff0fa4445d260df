package selfserve.commerce.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.PurchaseRequest;

/**
 * What makes two purchase requests "the same" for an idempotency key: product, quantity, term and the
 * card, where a new card counts by its last four digits and expiry. A digest of the whole number would be
 * the number again (there are few enough numbers to try them all), so it is left out.
 */
public final class PurchaseFingerprint {

    private PurchaseFingerprint() {
    }

    public static String of(PurchaseRequest request) {
        String payment = switch (request.payment()) {
            case Payment.SavedCard saved -> "saved:" + saved.paymentMethodId();
            case Payment.NewCard card -> "new:" + lastFour(card.card().number()) + ":" + card.card().expiryMonth()
                    + "/" + card.card().expiryYear();
        };
        return digest(String.join("|", String.valueOf(request.productId()).strip().toUpperCase(Locale.ROOT),
                Integer.toString(request.quantity()), String.valueOf(request.term()), payment));
    }

    /** A fixed-length digest (64 hex digits) of any request description. */
    public static String digest(String description) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java SE runtime", e);
        }
    }

    private static String lastFour(String number) {
        String digits = CardCheck.digitsOf(number);
        return digits.length() < 4 ? "" : digits.substring(digits.length() - 4);
    }
}
