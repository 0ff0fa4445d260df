package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import selfserve.commerce.api.PaymentMethods;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.NewCardFields;

/** "Add payment method": a new card checked and tokenized by commerce; nothing is charged. */
class AddCardDialog extends Dialog {

    AddCardDialog(PaymentMethods paymentMethods, int currentYear, Runnable saved) {
        setId("card-add-dialog");
        setHeaderTitle(getTranslation("paymentMethods.add.title"));
        setWidth("min(40rem, 100%)");
        NewCardFields card = new NewCardFields(currentYear);
        add(card);
        Button cancel = new Button(getTranslation("paymentMethods.cancel"), click -> close());
        Button save = new Button(getTranslation("paymentMethods.save"), click -> {
            if (!card.looksComplete()) {
                return;
            }
            try {
                paymentMethods.add(card.card());
                close();
                saved.run();
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            } finally {
                card.forgetSecrets();
            }
        });
        save.setId("card-add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
