package selfserve.notifications.domain;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import selfserve.commerce.api.Money;

/**
 * Money and days as the reader's language writes them, like the portal's pages do: {@code 1 234,50 kr},
 * {@code ¥1,234.50}, {@code NT$1,235}; {@code 5 mars 2027}, {@code 2027年3月5日}. Days are in UTC, as in
 * the portal (no tenant time zone is known).
 */
final class Formatting {

    private Formatting() {
    }

    static String money(Money money, Locale locale) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(money.amount());
    }

    static String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
    }
}
