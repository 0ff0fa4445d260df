package selfserve.portal.ui.purchaser.billing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import selfserve.commerce.api.BillingProfileChange;
import selfserve.commerce.api.BillingProfileView;
import selfserve.commerce.api.BillingProfiles;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;

/**
 * "Billing profile": what the person's invoices are billed to (organization, address, invoice email,
 * purchase order) and the card new purchases default to. Saving is checked by commerce; a refusal is
 * shown in the page's language and changes nothing.
 */
@Route(value = "billing-profile", layout = MainLayout.class)
@Menu(title = "nav.billingProfile", order = 7, icon = "vaadin:building")
@PermitAll
public class BillingView extends VerticalLayout implements HasDynamicTitle {

    /** The "no default card" choice of the select. */
    private static final SavedCard NONE = new SavedCard(new UUID(0, 0), "", "", 0, 0, "", null, false);

    private final BillingProfiles billingProfiles;
    private final TextField organization = new TextField();
    private final AddressFields address = new AddressFields("billing");
    private final EmailField invoiceEmail = new EmailField();
    private final TextField purchaseOrder = new TextField();
    private final Select<SavedCard> defaultCard = new Select<>();
    private final Paragraph notSaved = new Paragraph();

    @Inject
    public BillingView(BillingProfiles billingProfiles, PaymentMethods paymentMethods) {
        this.billingProfiles = billingProfiles;
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("billing.title"));
        title.setId("billing-title");
        notSaved.setId("billing-not-saved");
        notSaved.setText(getTranslation("billing.notSaved"));
        notSaved.getStyle().set("color", "var(--lumo-secondary-text-color)");

        organization.setId("billing-organization");
        organization.setLabel(getTranslation("billing.organization"));
        organization.setRequiredIndicatorVisible(true);
        organization.setMaxLength(200);
        invoiceEmail.setId("billing-invoice-email");
        invoiceEmail.setLabel(getTranslation("billing.invoiceEmail"));
        invoiceEmail.setRequiredIndicatorVisible(true);
        purchaseOrder.setId("billing-purchase-order");
        purchaseOrder.setLabel(getTranslation("billing.purchaseOrder"));
        purchaseOrder.setMaxLength(50);

        List<SavedCard> cards = new ArrayList<>();
        cards.add(NONE);
        cards.addAll(paymentMethods.mine());
        defaultCard.setId("billing-default-card");
        defaultCard.setLabel(getTranslation("billing.defaultCard"));
        defaultCard.setItems(cards);
        defaultCard.setItemLabelGenerator(card -> card == NONE ? getTranslation("billing.defaultCard.none")
                : CardLabels.label(this, card));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.add(organization, 2);
        form.add(invoiceEmail, purchaseOrder);
        form.add(defaultCard, 2);
        form.setMaxWidth("40rem");
        address.setMaxWidth("40rem");

        Button save = new Button(getTranslation("billing.save"), click -> save());
        save.setId("billing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(title, new Paragraph(getTranslation("billing.intro")), notSaved, form, address, save);
        show(billingProfiles.mine(), cards);
    }

    private void show(BillingProfileView profile, List<SavedCard> cards) {
        notSaved.setVisible(!profile.saved());
        organization.setValue(Optional.ofNullable(profile.organization()).orElse(""));
        address.show(profile.address());
        invoiceEmail.setValue(Optional.ofNullable(profile.invoiceEmail()).orElse(""));
        purchaseOrder.setValue(Optional.ofNullable(profile.purchaseOrder()).orElse(""));
        defaultCard.setValue(cards.stream().filter(card -> card.id().equals(profile.defaultPaymentMethodId())).findFirst()
                .orElse(NONE));
    }

    private void save() {
        SavedCard card = defaultCard.getValue();
        try {
            BillingProfileView saved = billingProfiles.save(new BillingProfileChange(organization.getValue(), address.address(),
                    invoiceEmail.getValue(), purchaseOrder.getValue(), card == null || card == NONE ? null : card.id()));
            notSaved.setVisible(!saved.saved());
            Notification.show(getTranslation("billing.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.billingProfile");
    }
}
