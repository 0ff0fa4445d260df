package selfserve.it;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Card numbers for purchase loads, one per index, the same on the client and inside the server: valid
 * (Luhn) Visa numbers that the test gateway approves, each with its own four-digit security code, and what
 * of them must never be kept. A number's first six digits (the issuer) and last four may be shown; the
 * middle digits and the security code never.
 */
final class LoadCards {

    private LoadCards() {
    }

    /** 16 digits: the issuer 453201, six middle digits made from the index, a digit, the Luhn check digit. */
    static String number(int index) {
        String withoutCheck = "453201" + String.format("%06d", (731_029 + index * 7_919) % 1_000_000) + (index % 10) + "8" + (index / 10 % 10);
        return withoutCheck + luhnCheckDigit(withoutCheck);
    }

    static String securityCode(int index) {
        return String.valueOf(1_000 + (6_301 + index * 37) % 9_000); // four digits, as an Amex CID
    }

    static String purchase(String productId, int index) {
        return "{\"productId\":\"" + productId + "\",\"quantity\":1,\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"" + number(index) + "\",\"expiryMonth\":11,\"expiryYear\":" + (Year.now().getValue() + 2)
                + ",\"securityCode\":\"" + securityCode(index) + "\",\"nameOnCard\":\"Sam Carter\",\"address\":{"
                + "\"line1\":\"1 Main St\",\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}}";
    }

    /**
     * What of card {@code index} shows in {@code text}: the whole number (also spaced in fours), everything
     * but its last four, everything but its issuer, or (in a database value, where a column holds just one
     * thing) the security code as a whole value.
     */
    static List<String> secretsIn(String text, int index, boolean wholeValueMayBeTheCode) {
        String number = number(index);
        List<String> found = new ArrayList<>();
        if (text.contains(number)) {
            found.add("card " + index + " whole");
        }
        if (text.contains(number.replaceAll("(\\d{4})(?=\\d)", "$1 "))) {
            found.add("card " + index + " whole, spaced");
        }
        if (text.contains(number.substring(0, 12))) {
            found.add("card " + index + " issuer and middle digits");
        }
        if (text.contains(number.substring(6))) {
            found.add("card " + index + " middle and last digits");
        }
        if (wholeValueMayBeTheCode && text.strip().equals(securityCode(index))) {
            found.add("card " + index + " security code");
        }
        return found;
    }

    private static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean twice = true; // the check digit will be appended, so the rightmost digit here is doubled
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
