package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;

/**
 * "Payment methods": the person's saved cards with what each pays for; add a card, edit one
 * (expiry, name, address, verified with the security code), remove one nothing running is charged to,
 * and replace the card of a subscription. Commerce decides every change; refusals show in the page's
 * language.
 */
@Route(value = "payment-methods", layout = MainLayout.class)
@Menu(title = "nav.paymentMethods", order = 8, icon = "vaadin:credit-card")
@PermitAll
public class PaymentMethodsView extends VerticalLayout implements HasDynamicTitle {

    private final PaymentMethods paymentMethods;
    private final Subscriptions subscriptions;
    private final int currentYear;
    private final Grid<SavedCard> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Map<UUID, UUID> cardOf = Map.of();

    @Inject
    public PaymentMethodsView(PaymentMethods paymentMethods, Subscriptions subscriptions, Clock clock) {
        this.paymentMethods = paymentMethods;
        this.subscriptions = subscriptions;
        this.currentYear = Year.now(clock).getValue();
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("paymentMethods.title"));
        title.setId("payment-methods-title");

        Button add = new Button(getTranslation("paymentMethods.add"), VaadinIcon.PLUS.create(),
                click -> new AddCardDialog(paymentMethods, currentYear, () -> changed("paymentMethods.saved")).open());
        add.setId("payment-methods-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button replace = new Button(getTranslation("paymentMethods.replace"), VaadinIcon.EXCHANGE.create(), click -> replace());
        replace.setId("payment-methods-replace");

        grid.setId("payment-methods-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::cardCell).setHeader(getTranslation("paymentMethods.column.card")).setFlexGrow(3);
        grid.addColumn(CardLabels::expiry).setHeader(getTranslation("paymentMethods.column.expires")).setFlexGrow(1);
        grid.addColumn(SavedCard::nameOnCard).setHeader(getTranslation("paymentMethods.column.name")).setFlexGrow(2);
        grid.addColumn(card -> getTranslation("paymentMethods.usedBy", paysFor(card)))
                .setHeader(getTranslation("paymentMethods.column.usedBy")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        empty.setId("payment-methods-empty");
        empty.setText(getTranslation("paymentMethods.empty"));

        add(title, new Paragraph(getTranslation("paymentMethods.intro")), new HorizontalLayout(add, replace), grid, empty);
        refresh();
    }

    private void refresh() {
        cardOf = paymentMethods.cardsOfMySubscriptions();
        List<SavedCard> cards = paymentMethods.mine();
        grid.setItems(cards);
        grid.setVisible(!cards.isEmpty());
        empty.setVisible(cards.isEmpty());
    }

    private long paysFor(SavedCard card) {
        return cardOf.values().stream().filter(card.id()::equals).count();
    }

    private HorizontalLayout cardCell(SavedCard card) {
        HorizontalLayout cell = new HorizontalLayout(new Span(CardLabels.shortLabel(this, card)));
        if (card.isDefault()) {
            Span badge = new Span(getTranslation("paymentMethods.default"));
            badge.getElement().getThemeList().add("badge success");
            cell.add(badge);
        }
        cell.setSpacing(true);
        return cell;
    }

    private HorizontalLayout actions(SavedCard card) {
        Button edit = new Button(getTranslation("paymentMethods.edit"),
                click -> new EditCardDialog(paymentMethods, card, () -> changed("paymentMethods.saved")).open());
        edit.setId("card-edit-" + card.last4() + "-" + card.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button remove = new Button(getTranslation("paymentMethods.remove"), click -> confirmRemove(card));
        remove.setId("card-remove-" + card.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    private void confirmRemove(SavedCard card) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("card-remove-dialog");
        confirm.setHeader(getTranslation("paymentMethods.remove.title", CardLabels.shortLabel(this, card)));
        confirm.setText(getTranslation("paymentMethods.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("paymentMethods.cancel"));
        confirm.setConfirmText(getTranslation("paymentMethods.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            try {
                paymentMethods.remove(card.id());
                changed("paymentMethods.removed");
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            }
        });
        confirm.open();
    }

    private void replace() {
        List<SubscriptionView> paidByCard = subscriptions.mine().stream().filter(s -> cardOf.containsKey(s.id())).toList();
        if (paidByCard.isEmpty()) {
            Refusals.showError(getTranslation("paymentMethods.replace.none"));
            return;
        }
        new ReplaceCardDialog(paymentMethods, paidByCard, cardOf, paymentMethods.mine(), currentYear,
                () -> changed("paymentMethods.replaced")).open();
    }

    private void changed(String messageKey) {
        refresh();
        Notification.show(getTranslation(messageKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.paymentMethods");
    }
}
