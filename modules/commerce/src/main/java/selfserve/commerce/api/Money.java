package selfserve.commerce.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in an ISO 4217 currency, at the currency's own number of decimals. Never a double. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Currency iso = Currency.getInstance(currency);
        amount = amount.setScale(Math.max(iso.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }
}
