package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import selfserve.commerce.api.Payment;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.commerce.api.SubscriptionView;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.NewCardFields;

/**
 * "Replace": one of the person's running subscriptions paid by card is charged, from its next
 * renewal on, to another saved card or a new one.
 */
class ReplaceCardDialog extends Dialog {

    /** The "a new card" choice of the card select. */
    private static final SavedCard NEW_CARD = new SavedCard(new UUID(0, 1), "", "", 0, 0, "", null, false);

    ReplaceCardDialog(PaymentMethods paymentMethods, List<SubscriptionView> paidByCard, Map<UUID, UUID> cardOf,
                      List<SavedCard> cards, int currentYear, Runnable replaced) {
        setId("card-replace-dialog");
        setHeaderTitle(getTranslation("paymentMethods.replace.title"));
        setWidth("min(40rem, 100%)");

        Select<SubscriptionView> subscription = new Select<>();
        subscription.setId("card-replace-subscription");
        subscription.setLabel(getTranslation("paymentMethods.replace.subscription"));
        subscription.setItems(paidByCard);
        subscription.setItemLabelGenerator(s -> getTranslation("paymentMethods.subscriptionOption", s.productName(),
                s.quantity(), cards.stream().filter(c -> c.id().equals(cardOf.get(s.id()))).findFirst()
                        .map(c -> CardLabels.shortLabel(this, c)).orElse("–")));
        subscription.setWidthFull();

        List<SavedCard> choices = new ArrayList<>(cards);
        choices.add(NEW_CARD);
        Select<SavedCard> card = new Select<>();
        card.setId("card-replace-card");
        card.setLabel(getTranslation("paymentMethods.replace.card"));
        card.setItems(choices);
        card.setItemLabelGenerator(c -> c == NEW_CARD ? getTranslation("paymentMethods.replace.newCard")
                : CardLabels.label(this, c));
        card.setWidthFull();
        NewCardFields newCard = new NewCardFields(currentYear);
        newCard.setVisible(false);
        card.addValueChangeListener(event -> newCard.setVisible(event.getValue() == NEW_CARD));
        card.setValue(cards.isEmpty() ? NEW_CARD : cards.getFirst());
        if (!paidByCard.isEmpty()) {
            subscription.setValue(paidByCard.getFirst());
        }

        add(new Paragraph(getTranslation("paymentMethods.replace.help")), subscription, card, newCard);

        Button cancel = new Button(getTranslation("paymentMethods.cancel"), click -> close());
        Button save = new Button(getTranslation("paymentMethods.replace"), click -> {
            if (subscription.getValue() == null || card.getValue() == null
                    || (card.getValue() == NEW_CARD && !newCard.looksComplete())) {
                return;
            }
            Payment payment = card.getValue() == NEW_CARD ? new Payment.NewCard(newCard.card())
                    : new Payment.SavedCard(card.getValue().id());
            try {
                paymentMethods.replace(subscription.getValue().id(), payment);
                close();
                replaced.run();
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            } finally {
                newCard.forgetSecrets();
            }
        });
        save.setId("card-replace-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
