package selfserve.portal.ui.purchaser.buy;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;

/**
 * A new card as the buyer types it. The checks here only help the person along (something in every
 * field the card needs, a month from 1 to 12, a year not past); the payment service decides (Luhn, brand,
 * expiry, security code) and refuses with its own codes. The number and the security code stay in their
 * fields only until the purchase call: {@link #forgetSecrets()} empties them.
 */
public class NewCardFields extends FormLayout {

    private final TextField number = new TextField();
    private final IntegerField expiryMonth = new IntegerField();
    private final IntegerField expiryYear = new IntegerField();
    private final PasswordField securityCode = new PasswordField();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField city = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField country = new TextField();
    private final int currentYear;

    /** @param currentYear the year it is now, the first a card may still be valid in */
    public NewCardFields(int currentYear) {
        this.currentYear = currentYear;
        setId("card-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 4));

        number.setId("card-number");
        number.setLabel(getTranslation("buy.card.number"));
        number.setAutocomplete(Autocomplete.CC_NUMBER);
        number.setAllowedCharPattern("[0-9 -]");
        number.setMaxLength(23);
        number.getElement().setAttribute("inputmode", "numeric");
        required(number);

        expiryMonth.setId("card-expiry-month");
        expiryMonth.setLabel(getTranslation("buy.card.expiryMonth"));
        expiryMonth.setPlaceholder(getTranslation("buy.card.expiryMonth.placeholder"));
        expiryMonth.setAutocomplete(Autocomplete.CC_EXP_MONTH);
        expiryMonth.setMin(1);
        expiryMonth.setMax(12);
        required(expiryMonth);

        expiryYear.setId("card-expiry-year");
        expiryYear.setLabel(getTranslation("buy.card.expiryYear"));
        expiryYear.setPlaceholder(getTranslation("buy.card.expiryYear.placeholder"));
        expiryYear.setAutocomplete(Autocomplete.CC_EXP_YEAR);
        expiryYear.setMin(currentYear);
        required(expiryYear);

        securityCode.setId("card-security-code");
        securityCode.setLabel(getTranslation("buy.card.securityCode"));
        securityCode.setHelperText(getTranslation("buy.card.securityCode.help"));
        securityCode.setAutocomplete(Autocomplete.CC_CSC);
        securityCode.setAllowedCharPattern("[0-9]");
        securityCode.setMaxLength(4);
        securityCode.setRevealButtonVisible(false);
        securityCode.getElement().setAttribute("inputmode", "numeric");
        required(securityCode);

        name.setId("card-name");
        name.setLabel(getTranslation("buy.card.name"));
        name.setAutocomplete(Autocomplete.CC_NAME);
        name.setMaxLength(200);
        required(name);

        address.setId("card-address");
        address.setLabel(getTranslation("buy.card.address"));
        address.setAutocomplete(Autocomplete.ADDRESS_LINE1);
        address.setMaxLength(200);
        city.setId("card-city");
        city.setLabel(getTranslation("buy.card.city"));
        city.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        city.setMaxLength(100);
        postalCode.setId("card-postal-code");
        postalCode.setLabel(getTranslation("buy.card.postalCode"));
        postalCode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postalCode.setMaxLength(20);
        country.setId("card-country");
        country.setLabel(getTranslation("buy.card.country"));
        country.setHelperText(getTranslation("buy.card.country.help"));
        country.setAutocomplete(Autocomplete.COUNTRY);
        country.setAllowedCharPattern("[A-Za-z]");
        country.setMaxLength(2);

        add(number, 4);
        add(expiryMonth, expiryYear, securityCode);
        add(name, 4);
        add(address, 4);
        add(city, 2);
        add(postalCode, country);
    }

    /** A field the card needs: this form says when it is wrong, and a new value takes the mark away. */
    private <F extends HasValidation & HasValue<?, ?>> void required(F field) {
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(true);
        field.addValueChangeListener(event -> field.setInvalid(false));
    }

    /**
     * Marks what is clearly missing or impossible, so that the person can fix it before confirming.
     *
     * @return whether the card looks complete
     */
    public boolean looksComplete() {
        boolean complete = check(number, isBlank(number.getValue()), "buy.card.required");
        Integer month = expiryMonth.getValue();
        complete &= check(expiryMonth, month == null || month < 1 || month > 12, "buy.card.expiryMonth.invalid");
        Integer year = expiryYear.getValue();
        complete &= check(expiryYear, year == null || year < currentYear, "buy.card.expiryYear.invalid");
        complete &= check(securityCode, isBlank(securityCode.getValue()), "buy.card.required");
        complete &= check(name, isBlank(name.getValue()), "buy.card.required");
        return complete;
    }

    private boolean check(HasValidation field, boolean wrong, String messageKey) {
        field.setErrorMessage(wrong ? getTranslation(messageKey) : null);
        field.setInvalid(wrong);
        return !wrong;
    }

    /** The last four digits typed, to remind the person which card they are about to pay with. */
    public String last4() {
        String digits = number.getValue() == null ? "" : number.getValue().replaceAll("\\D", "");
        return digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
    }

    /** The card as typed, for one purchase call. */
    public CardDetails card() {
        String countryCode = orNull(country);
        BillingAddress billing = new BillingAddress(orNull(address), null, orNull(city), orNull(postalCode),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT));
        boolean noAddress = billing.line1() == null && billing.city() == null && billing.postalCode() == null
                && billing.country() == null;
        return new CardDetails(number.getValue(), orZero(expiryMonth.getValue()), orZero(expiryYear.getValue()),
                securityCode.getValue(), name.getValue(), noAddress ? null : billing);
    }

    /** Empties the card number and the security code: they are never kept longer than one call needs them. */
    public void forgetSecrets() {
        number.clear();
        securityCode.clear();
    }

    private static String orNull(TextField field) {
        String value = field.getValue();
        return isBlank(value) ? null : value.strip();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
