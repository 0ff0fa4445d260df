package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.SubscriptionView;
import selfserve.commerce.api.Subscriptions;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.Assignments;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.licenses.SubscriptionLicensesPanel;
import selfserve.portal.ui.purchaser.buy.BuyForm;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * One subscription of the person, opened from "Your products": what it is, and while it runs, changing
 * the number of licenses and cancelling it. Anyone else's subscription, or an id that is
 * none, is "not found", exactly like one that does not exist. The subscription service decides every
 * change and refuses with its codes; the page asks first and shows a refusal in the person's language.
 *
 * <p>One idempotency key per change of the licenses: made when the person asks for a new total and kept
 * while they retry that same total, so a second click or a retry after a failure never charges twice.
 * Once the change is done, the next change gets a new key.
 */
@Route(value = "your-products/:" + SubscriptionDetailsView.SUBSCRIPTION_ID, layout = MainLayout.class)
@PermitAll
public class SubscriptionDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SUBSCRIPTION_ID = "subscriptionId";
    private static final String SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND";

    private final Subscriptions subscriptions;
    private final Assignments assignments;
    private SubscriptionLicensesPanel licenses;
    private final VerticalLayout content = new VerticalLayout();
    private final Formats formats;

    private final H2 title = new H2();
    private final Description status = fact("subscription-status");
    private final Description quantity = fact("subscription-quantity");
    private final Description term = fact("subscription-term");
    private final Description price = fact("subscription-price");
    private final Description started = fact("subscription-started");
    private final DescriptionList.Term endLabel = new DescriptionList.Term();
    private final Description end = fact("subscription-end");
    private final VerticalLayout actions = new VerticalLayout();
    private final IntegerField newTotal = new IntegerField();
    private final Paragraph changeError = new Paragraph();

    private UUID subscriptionId;
    private SubscriptionView subscription;
    private PendingChange pending;

    /** A change of the licenses asked for and not yet done: the same total retried keeps its key. */
    private record PendingChange(UUID subscriptionId, int newTotal, String idempotencyKey) {
    }

    @Inject
    public SubscriptionDetailsView(Subscriptions subscriptions, Assignments assignments) {
        this.subscriptions = subscriptions;
        this.assignments = assignments;
        addClassName("selfserve-view");
        formats = Formats.of(this);
        content.setPadding(false);
        RouterLink back = new RouterLink(getTranslation("subscription.back"), YourProductsView.class);
        back.setId("subscription-back");
        add(back, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get(SUBSCRIPTION_ID).orElse("");
        UUID id;
        try {
            id = UUID.fromString(requested);
        } catch (IllegalArgumentException notAnId) {
            subscriptionId = null;
            showNotFound(getTranslation("subscription.notFound"));
            return;
        }
        if (!id.equals(subscriptionId)) {
            subscription = null; // shown afresh, with its own number of licenses in the field
            pending = null; // another subscription is another change
        }
        subscriptionId = id;
        load();
    }

    /** Reads the subscription again and shows it, or says there is none. */
    private void load() {
        try {
            show(subscriptions.mine(subscriptionId));
        } catch (SelfServeException refused) {
            showNotFound(SUBSCRIPTION_NOT_FOUND.equals(refused.code()) ? getTranslation("subscription.notFound")
                    : Refusals.message(refused));
        }
    }

    private void showNotFound(String message) {
        subscription = null;
        content.removeAll();
        Paragraph notFound = new Paragraph(message);
        notFound.setId("subscription-not-found");
        content.add(new H2(getTranslation("problem.SUBSCRIPTION_NOT_FOUND.title")), notFound);
    }

    private void show(SubscriptionView shown) {
        boolean firstShown = subscription == null;
        subscription = shown;
        if (firstShown) {
            content.removeAll();
            licenses = new SubscriptionLicensesPanel(assignments, shown.id());
            content.add(title, facts(), licenses, actions());
            newTotal.setValue(shown.quantity());
        } else {
            licenses.refresh();
        }
        title.setText(shown.productName());
        status.setText(formats.status(shown.status()));
        quantity.setText(formats.number(shown.quantity()));
        term.setText(formats.term(shown.term()));
        price.setText(formats.money(shown.perLicensePerMonth()));
        started.setText(formats.date(shown.startedAt()));
        if (shown.renews()) {
            endLabel.setText(getTranslation("subscription.fact.renews"));
            end.setText(formats.date(shown.renewsAt()));
        } else if (runs(shown)) {
            // A trial without payment method does not renew: it ends then.
            endLabel.setText(getTranslation("subscription.fact.ends"));
            end.setText(formats.date(shown.renewsAt()));
        } else {
            endLabel.setText(getTranslation("subscription.fact.ended"));
            end.setText(formats.date(shown.endedAt() != null ? shown.endedAt() : shown.renewsAt()));
        }
        actions.setVisible(runs(shown));
    }

    private DescriptionList facts() {
        title.setId("subscription-title");
        DescriptionList facts = new DescriptionList();
        facts.setId("subscription-facts");
        facts.addClassName("selfserve-facts");
        facts.add(new DescriptionList.Term(getTranslation("subscription.fact.status")), status,
                new DescriptionList.Term(getTranslation("subscription.fact.quantity")), quantity,
                new DescriptionList.Term(getTranslation("subscription.fact.term")), term,
                new DescriptionList.Term(getTranslation("subscription.fact.perLicensePerMonth")), price,
                new DescriptionList.Term(getTranslation("subscription.fact.started")), started,
                endLabel, end);
        return facts;
    }

    private VerticalLayout actions() {
        actions.removeAll();
        actions.setPadding(false);
        actions.setId("subscription-actions");

        newTotal.setId("subscription-new-total");
        newTotal.setLabel(getTranslation("subscription.change.newTotal"));
        newTotal.setHelperText(getTranslation("subscription.change.newTotal.help"));
        newTotal.setMin(BuyForm.MIN_QUANTITY);
        newTotal.setMax(BuyForm.MAX_QUANTITY);
        newTotal.setStepButtonsVisible(true);
        newTotal.setRequiredIndicatorVisible(true);
        newTotal.setWidth("18em");
        String outOfRange = getTranslation("problem.QUANTITY_OUT_OF_RANGE.detail", BuyForm.MIN_QUANTITY, BuyForm.MAX_QUANTITY);
        newTotal.setI18n(new IntegerField.IntegerFieldI18n().setRequiredErrorMessage(outOfRange)
                .setBadInputErrorMessage(outOfRange).setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
        changeError.setId("subscription-change-error");
        changeError.getStyle().set("color", "var(--lumo-error-text-color)");
        changeError.setVisible(false);
        Button change = new Button(getTranslation("subscription.change.submit"), click -> askToChange());
        change.setId("subscription-change-quantity");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Button cancel = new Button(getTranslation("subscription.cancel.submit"), click -> askToCancel());
        cancel.setId("subscription-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);

        actions.add(new H3(getTranslation("subscription.change.title")),
                new Paragraph(getTranslation("subscription.change.intro")), newTotal, changeError, change,
                new H3(getTranslation("subscription.cancel.title")),
                new Paragraph(getTranslation("subscription.cancel.intro")), cancel);
        return actions;
    }

    /** Checks the new total, then asks before anything is charged or taken away. */
    private void askToChange() {
        changeError.setVisible(false);
        Integer total = newTotal.getValue();
        if (total == null || total < BuyForm.MIN_QUANTITY || total > BuyForm.MAX_QUANTITY) {
            showChangeError(getTranslation("problem.QUANTITY_OUT_OF_RANGE.detail", BuyForm.MIN_QUANTITY, BuyForm.MAX_QUANTITY));
            return;
        }
        int now = subscription.quantity();
        if (total == now) {
            showChangeError(getTranslation("subscription.change.same"));
            return;
        }
        if (pending == null || !pending.subscriptionId().equals(subscriptionId) || pending.newTotal() != total) {
            pending = new PendingChange(subscriptionId, total, UUID.randomUUID().toString());
        }
        PendingChange asked = pending;

        DescriptionList summary = new DescriptionList();
        summary.addClassName("selfserve-facts");
        summary.add(new DescriptionList.Term(getTranslation("subscription.change.confirm.now")),
                new Description(formats.number(now)),
                new DescriptionList.Term(getTranslation("subscription.change.confirm.newTotal")),
                new Description(formats.number(total)));
        Paragraph effect = new Paragraph(getTranslation(total > now
                ? "subscription.change.confirm.more" : "subscription.change.confirm.fewer"));
        Paragraph renewal = new Paragraph(getTranslation("subscription.change.confirm.renewal"));

        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("subscription-confirm");
        dialog.setHeader(getTranslation("subscription.change.confirm.header"));
        dialog.setText(new Div(new Paragraph(getTranslation("subscription.change.confirm.question",
                formats.number(now), formats.number(total))), summary, effect, renewal));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("subscription.change.submit"));
        dialog.addConfirmListener(event -> change(asked));
        dialog.open();
    }

    private void showChangeError(String message) {
        changeError.setText(message);
        changeError.setVisible(true);
        newTotal.focus();
    }

    private void change(PendingChange asked) {
        try {
            SubscriptionView changed = subscriptions.changeQuantity(asked.subscriptionId(), asked.newTotal(),
                    asked.idempotencyKey());
            if (asked.equals(pending)) {
                pending = null; // done: the next change is another one
            }
            newTotal.setValue(changed.quantity());
            show(changed);
            Notification.show(getTranslation("subscription.change.done", formats.number(changed.quantity())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SelfServeException refused) {
            changeError.setText(Refusals.message(refused));
            changeError.setVisible(true);
            Refusals.show(refused);
            load();
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            load();
        }
    }

    /** The cancel dialog: why (required), optional feedback, and a last chance to keep the subscription. */
    private void askToCancel() {
        CancelSubscriptionDialog dialog = new CancelSubscriptionDialog(subscription.productName());
        dialog.addConfirmListener(event -> cancel(dialog));
        dialog.open();
    }

    private void cancel(CancelSubscriptionDialog dialog) {
        try {
            SubscriptionView canceled = subscriptions.cancel(subscriptionId, dialog.reason(), dialog.feedback());
            dialog.close();
            show(canceled);
            Notification.show(getTranslation("subscription.cancel.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            closeUnlessRunning(dialog);
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            closeUnlessRunning(dialog);
        }
    }

    /** After a refusal: the dialog stays for a correction while the subscription still runs. */
    private void closeUnlessRunning(CancelSubscriptionDialog dialog) {
        load();
        if (subscription == null || !runs(subscription)) {
            dialog.close();
        } else {
            dialog.allowRetry();
        }
    }

    /** Only a trial or an active subscription can still be changed or canceled. */
    private static boolean runs(SubscriptionView subscription) {
        return subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.TRIAL;
    }

    private static Description fact(String id) {
        Description description = new Description();
        description.setId(id);
        return description;
    }

    @Override
    public String getPageTitle() {
        return subscription == null ? getTranslation("page.title.subscriptionNotFound")
                : getTranslation("page.title.subscription", subscription.productName());
    }
}
