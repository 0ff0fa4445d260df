package selfserve.commerce.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;
import selfserve.commerce.api.Money;
import selfserve.identity.api.SupportedLocale;

/**
 * The words, dates and amounts of an invoice in one of the four languages, from the {@code invoice*.properties}
 * bundle next to this class. The file of each language is read by its exact name (no fallback to the
 * JVM's default locale, which would give a Swedish server's English reader Swedish). Dates are days in
 * UTC, as the portal shows them; money is written as the language writes it, in the invoice's currency.
 */
public final class InvoiceTexts {

    private final SupportedLocale language;
    private final Properties texts;

    private InvoiceTexts(SupportedLocale language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    public static InvoiceTexts of(SupportedLocale language) {
        String file = language == SupportedLocale.ENGLISH ? "invoice.properties"
                : "invoice_" + language.locale().getLanguage() + "_" + language.locale().getCountry() + ".properties";
        Properties texts = new Properties();
        try (InputStream in = InvoiceTexts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No invoice texts " + file);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InvoiceTexts(language, texts);
    }

    public Locale locale() {
        return language.locale();
    }

    /** The message of this key with its values; a missing key is a bug the bundle test catches. */
    public String text(String key, Object... values) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No invoice text " + key + " in " + language.tag());
        }
        return new MessageFormat(pattern, locale()).format(values);
    }

    /** {@code $1,234.50}, {@code 1 234,50 kr}, {@code ¥1,234.50}: the currency's own decimals. */
    public String money(Money money) {
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(currency);
        int decimals = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(money.amount());
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).withZone(ZoneOffset.UTC)
                .format(instant);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** "Swedish krona", "瑞典克朗". */
    public String currencyName(String currencyCode) {
        return Currency.getInstance(currencyCode).getDisplayName(locale());
    }

    /** "Sverige", "瑞典"; the code itself when the JDK knows no name. */
    public String country(String code) {
        String name = Locale.of("", code).getDisplayCountry(locale());
        return name.isBlank() ? code : name;
    }
}
