package selfserve.commerce.domain;

import java.util.Optional;

/** The card networks SelfServe accepts, told apart by the number's leading digits (IIN ranges). */
public enum CardBrand {
    VISA, MASTERCARD, AMERICAN_EXPRESS, JCB, UNIONPAY;

    /** The brand of a number of digits only, if it is one of ours and of a length that brand issues. */
    public static Optional<CardBrand> of(String digits) {
        int length = digits.length();
        if (digits.startsWith("4") && (length == 13 || length == 16 || length == 19)) {
            return Optional.of(VISA);
        }
        if (length == 16 && (prefixBetween(digits, 2, 51, 55) || prefixBetween(digits, 4, 2221, 2720))) {
            return Optional.of(MASTERCARD);
        }
        if (length == 15 && (digits.startsWith("34") || digits.startsWith("37"))) {
            return Optional.of(AMERICAN_EXPRESS);
        }
        if (length >= 16 && length <= 19 && prefixBetween(digits, 4, 3528, 3589)) {
            return Optional.of(JCB);
        }
        if (length >= 16 && length <= 19 && digits.startsWith("62")) {
            return Optional.of(UNIONPAY);
        }
        return Optional.empty();
    }

    private static boolean prefixBetween(String digits, int length, int low, int high) {
        int prefix = Integer.parseInt(digits.substring(0, length));
        return prefix >= low && prefix <= high;
    }
}
