package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import selfserve.commerce.api.BillingAddress;

/** A billing address as a person types it; commerce checks it (lengths, country code) and refuses with its own codes. */
class AddressFields extends FormLayout {

    private final TextField line1 = new TextField();
    private final TextField line2 = new TextField();
    private final TextField city = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField country = new TextField();

    AddressFields(String idPrefix) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 4));
        line1.setId(idPrefix + "-address");
        line1.setLabel(getTranslation("billing.address"));
        line1.setAutocomplete(Autocomplete.ADDRESS_LINE1);
        line1.setMaxLength(200);
        line2.setId(idPrefix + "-address2");
        line2.setLabel(getTranslation("billing.address2"));
        line2.setAutocomplete(Autocomplete.ADDRESS_LINE2);
        line2.setMaxLength(200);
        city.setId(idPrefix + "-city");
        city.setLabel(getTranslation("buy.card.city"));
        city.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        city.setMaxLength(100);
        postalCode.setId(idPrefix + "-postal-code");
        postalCode.setLabel(getTranslation("buy.card.postalCode"));
        postalCode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postalCode.setMaxLength(20);
        country.setId(idPrefix + "-country");
        country.setLabel(getTranslation("buy.card.country"));
        country.setHelperText(getTranslation("buy.card.country.help"));
        country.setAutocomplete(Autocomplete.COUNTRY);
        country.setAllowedCharPattern("[A-Za-z]");
        country.setMaxLength(2);
        add(line1, 4);
        add(line2, 4);
        add(city, 2);
        add(postalCode, country);
    }

    void show(BillingAddress address) {
        line1.setValue(orEmpty(address == null ? null : address.line1()));
        line2.setValue(orEmpty(address == null ? null : address.line2()));
        city.setValue(orEmpty(address == null ? null : address.city()));
        postalCode.setValue(orEmpty(address == null ? null : address.postalCode()));
        country.setValue(orEmpty(address == null ? null : address.country()));
    }

    BillingAddress address() {
        return new BillingAddress(line1.getValue(), line2.getValue(), city.getValue(), postalCode.getValue(),
                country.getValue().toUpperCase(Locale.ROOT));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
