package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import selfserve.commerce.api.CardUpdate;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.Refusals;

/**
 * "Edit" a saved card: expiry, name on card and address, with the security code the gateway
 * verifies the card with. The number is shown as brand and last digits only: it cannot change.
 */
class EditCardDialog extends Dialog {

    EditCardDialog(PaymentMethods paymentMethods, SavedCard card, Runnable saved) {
        setId("card-edit-dialog");
        setHeaderTitle(getTranslation("paymentMethods.edit.title", CardLabels.shortLabel(this, card)));
        setWidth("min(40rem, 100%)");

        IntegerField month = new IntegerField(getTranslation("buy.card.expiryMonth"));
        month.setId("card-edit-expiry-month");
        month.setMin(1);
        month.setMax(12);
        month.setValue(card.expiryMonth());
        IntegerField year = new IntegerField(getTranslation("buy.card.expiryYear"));
        year.setId("card-edit-expiry-year");
        year.setValue(card.expiryYear());
        PasswordField securityCode = new PasswordField(getTranslation("buy.card.securityCode"));
        securityCode.setId("card-edit-security-code");
        securityCode.setHelperText(getTranslation("buy.card.securityCode.help"));
        securityCode.setAllowedCharPattern("[0-9]");
        securityCode.setMaxLength(4);
        securityCode.setRevealButtonVisible(false);
        securityCode.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("buy.card.name"));
        name.setId("card-edit-name");
        name.setMaxLength(200);
        name.setValue(card.nameOnCard());
        AddressFields address = new AddressFields("card-edit");
        address.show(card.address());

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 3));
        fields.add(month, year, securityCode);
        fields.add(name, 3);
        add(new Paragraph(getTranslation("paymentMethods.edit.help")), fields, address);

        Button cancel = new Button(getTranslation("paymentMethods.cancel"), click -> close());
        Button save = new Button(getTranslation("paymentMethods.save"), click -> {
            try {
                paymentMethods.update(card.id(), new CardUpdate(month.getValue() == null ? 0 : month.getValue(),
                        year.getValue() == null ? 0 : year.getValue(), securityCode.getValue(), name.getValue(),
                        address.address()));
                close();
                saved.run();
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            } finally {
                securityCode.clear();
            }
        });
        save.setId("card-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
