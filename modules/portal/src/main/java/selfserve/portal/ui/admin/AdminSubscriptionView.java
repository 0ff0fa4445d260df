package selfserve.portal.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList;
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
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import selfserve.commerce.api.CancelReason;
import selfserve.commerce.api.CentralPurchases;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.OrderHistoryEntry;
import selfserve.commerce.api.SubscriptionEventKind;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscription;
import selfserve.commerce.api.TenantSubscriptionDetails;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.UserStatus;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.CancelSubscriptionDialog;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * One subscription of the organization as its admins open it from "Products and purchases": product,
 * purchaser (also one who was disabled, R-26), how it is paid, the licenses in use, and its order history.
 * A central subscription can be changed here by the admins who buy for the organization: a new total of
 * licenses, or cancel. A subscription of another tenant, or an id that is none, is "not found".
 */
@Route(value = MainLayout.ADMIN_AREA + "/purchases/:" + AdminSubscriptionView.SUBSCRIPTION_ID, layout = MainLayout.class)
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class AdminSubscriptionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SUBSCRIPTION_ID = "subscriptionId";
    /** The query parameter naming the tenant: a partner opens a customer's subscription. */
    static final String TENANT = "tenant";
    private static final Set<String> DECLINES = Set.of("INSUFFICIENT_FUNDS", "EXPIRED_CARD", "STOLEN_CARD", "DECLINED");

    private final TenantPurchases purchases;
    private final CentralPurchases central;
    private final Formats formats;
    private final VerticalLayout content = new VerticalLayout();
    private final IntegerField newTotal = new IntegerField();
    private UUID tenantId;
    private UUID subscriptionId;
    private TenantSubscriptionDetails details;
    private String pendingKey;
    private int pendingTotal;

    @Inject
    public AdminSubscriptionView(TenantPurchases purchases, CentralPurchases central) {
        this.purchases = purchases;
        this.central = central;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        content.setPadding(false);
        RouterLink back = new RouterLink(getTranslation("adminSubscription.back"), AdminPurchasesView.class);
        back.setId("admin-subscription-back");
        add(back, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            subscriptionId = UUID.fromString(event.getRouteParameters().get(SUBSCRIPTION_ID).orElse(""));
            tenantId = event.getLocation().getQueryParameters().getSingleParameter(TENANT).map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            showNotFound(getTranslation("adminSubscription.notFound"));
            return;
        }
        load();
    }

    private void load() {
        try {
            show(purchases.subscription(tenantId, subscriptionId));
        } catch (SelfServeException refused) {
            showNotFound("SUBSCRIPTION_NOT_FOUND".equals(refused.code()) ? getTranslation("adminSubscription.notFound")
                    : Refusals.message(refused));
        }
    }

    private void showNotFound(String message) {
        details = null;
        content.removeAll();
        Paragraph notFound = new Paragraph(message);
        notFound.setId("admin-subscription-not-found");
        content.add(new H2(getTranslation("problem.SUBSCRIPTION_NOT_FOUND.title")), notFound);
    }

    private void show(TenantSubscriptionDetails shown) {
        details = shown;
        TenantSubscription s = shown.subscription();
        content.removeAll();
        H2 title = new H2(s.productName());
        title.setId("admin-subscription-title");
        content.add(title, facts(shown), history(shown));
        if (s.channel() == Channel.CENTRAL && runs(s) && central.canBuy(tenantId)) {
            content.add(centralActions(s));
        }
    }

    private DescriptionList facts(TenantSubscriptionDetails shown) {
        TenantSubscription s = shown.subscription();
        DescriptionList facts = new DescriptionList();
        facts.setId("admin-subscription-facts");
        facts.addClassName("selfserve-facts");
        fact(facts, "adminSubscription.fact.product", s.productName() + " (" + s.productId() + ")", "product");
        fact(facts, "adminSubscription.fact.purchaser", purchaser(s), "purchaser");
        fact(facts, "adminSubscription.fact.channel", getTranslation("adminPurchases.channel." + s.channel().name()), "channel");
        fact(facts, "adminSubscription.fact.status", formats.status(s.status()), "status");
        fact(facts, "adminSubscription.fact.quantity", formats.number(s.quantity()), "quantity");
        fact(facts, "adminSubscription.fact.assigned", formats.number(shown.assigned()), "assigned");
        fact(facts, "adminSubscription.fact.term", formats.term(shown.term()), "term");
        fact(facts, "adminSubscription.fact.perLicensePerMonth", formats.money(s.perLicensePerMonth()), "price");
        fact(facts, "adminSubscription.fact.started", formats.date(s.startedAt()), "started");
        if (runs(s)) {
            fact(facts, "adminSubscription.fact.renews", formats.date(s.renewsAt()), "end");
        } else {
            fact(facts, "adminSubscription.fact.ended", formats.date(s.endedAt() != null ? s.endedAt() : s.renewsAt()), "end");
        }
        fact(facts, "adminSubscription.fact.payment", payment(shown), "payment");
        return facts;
    }

    private void fact(DescriptionList facts, String labelKey, String value, String id) {
        Description description = new Description(value);
        description.setId("admin-subscription-" + id);
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), description);
    }

    /** The purchaser with their email, said to be disabled when they are; the organization for a central one. */
    private String purchaser(TenantSubscription s) {
        if (s.channel() == Channel.CENTRAL || (s.purchaserName() == null && s.purchaserEmail() == null)) {
            return getTranslation("adminSubscription.purchaser.organization");
        }
        String key = s.purchaserStatus() == UserStatus.DISABLED ? "adminSubscription.purchaser.disabled"
                : "adminSubscription.purchaser.active";
        return getTranslation(key, s.purchaserName(), s.purchaserEmail());
    }

    private String payment(TenantSubscriptionDetails shown) {
        if (shown.invoiced()) {
            return getTranslation("adminSubscription.payment.invoice");
        }
        if (shown.cardLast4() != null) {
            return formats.card(shown.cardBrand(), shown.cardLast4());
        }
        return getTranslation("adminSubscription.payment.none");
    }

    private VerticalLayout history(TenantSubscriptionDetails shown) {
        Grid<OrderHistoryEntry> grid = new Grid<>();
        grid.setId("admin-subscription-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> formats.date(e.at())).setHeader(getTranslation("history.column.date")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("history.kind." + e.kind().name())).setHeader(getTranslation("history.column.what"))
                .setFlexGrow(3);
        grid.addColumn(this::actor).setHeader(getTranslation("history.column.by")).setFlexGrow(2);
        grid.addColumn(this::licenses).setHeader(getTranslation("history.column.licenses")).setFlexGrow(2);
        grid.addColumn(e -> e.amount() == null ? "" : formats.money(e.amount()))
                .setHeader(getTranslation("history.column.amount")).setFlexGrow(2);
        grid.addColumn(this::detail).setHeader(getTranslation("history.column.detail")).setFlexGrow(2);
        grid.setItems(shown.history());
        grid.setAllRowsVisible(true);
        Paragraph empty = new Paragraph(getTranslation("history.empty"));
        empty.setVisible(shown.history().isEmpty());
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("history.title")), empty, grid);
        section.setPadding(false);
        return section;
    }

    private String actor(OrderHistoryEntry entry) {
        if (entry.actorId() == null) {
            return getTranslation("history.actor.selfserve");
        }
        return entry.actorName() != null ? entry.actorName() : getTranslation("history.actor.outside");
    }

    private String licenses(OrderHistoryEntry entry) {
        return entry.quantityBefore() == entry.quantityAfter() ? formats.number(entry.quantityAfter())
                : getTranslation("history.licenses.changed", formats.number(entry.quantityBefore()),
                formats.number(entry.quantityAfter()));
    }

    /** The reason of a cancel or a declined payment in words; a trial with a card says so. */
    private String detail(OrderHistoryEntry entry) {
        String detail = entry.detail();
        if (detail == null) {
            return "";
        }
        if (Arrays.stream(CancelReason.values()).anyMatch(r -> r.name().equals(detail))
                && (entry.kind() == SubscriptionEventKind.CANCELED_BY_PURCHASER || entry.kind() == SubscriptionEventKind.CANCELED_BY_ADMIN)) {
            return getTranslation("cancel.reason." + detail);
        }
        if (DECLINES.contains(detail)) {
            return getTranslation("history.decline." + detail);
        }
        if ("WITH_CARD".equals(detail)) {
            return getTranslation("history.detail.WITH_CARD");
        }
        return detail;
    }

    /** A new total of licenses and cancel, for the admins who buy for the organization (the service decides). */
    private VerticalLayout centralActions(TenantSubscription s) {
        newTotal.setId("admin-subscription-new-total");
        newTotal.setLabel(getTranslation("subscription.change.newTotal"));
        newTotal.setHelperText(getTranslation("subscription.change.newTotal.help"));
        newTotal.setMin(CentralPurchases.FEWEST_LICENSES);
        newTotal.setMax(CentralPurchases.MOST_LICENSES);
        newTotal.setStepButtonsVisible(true);
        newTotal.setWidth("18em");
        newTotal.setValue(s.quantity());
        Button change = new Button(getTranslation("subscription.change.submit"), click -> askToChange());
        change.setId("admin-subscription-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("subscription.cancel.submit"), click -> askToCancel());
        cancel.setId("admin-subscription-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout actions = new VerticalLayout(new H3(getTranslation("subscription.change.title")),
                new Paragraph(getTranslation("adminSubscription.change.intro")), newTotal, change,
                new H3(getTranslation("subscription.cancel.title")),
                new Paragraph(getTranslation("subscription.cancel.intro")), cancel);
        actions.setPadding(false);
        actions.setId("admin-subscription-actions");
        return actions;
    }

    /** Asks before the change; the same total asked again keeps its idempotency key, so a retry never invoices twice. */
    private void askToChange() {
        Integer total = newTotal.getValue();
        int now = details.subscription().quantity();
        if (total == null || total < CentralPurchases.FEWEST_LICENSES || total > CentralPurchases.MOST_LICENSES) {
            Refusals.showError(getTranslation("problem.QUANTITY_OUT_OF_RANGE.detail", CentralPurchases.FEWEST_LICENSES,
                    CentralPurchases.MOST_LICENSES));
            return;
        }
        if (total == now) {
            Refusals.showError(getTranslation("subscription.change.same"));
            return;
        }
        if (pendingKey == null || pendingTotal != total) {
            pendingKey = UUID.randomUUID().toString();
            pendingTotal = total;
        }
        String key = pendingKey;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("admin-subscription-confirm");
        dialog.setHeader(getTranslation("subscription.change.confirm.header"));
        dialog.setText(getTranslation("subscription.change.confirm.question", formats.number(now), formats.number(total))
                + " " + getTranslation(total > now ? "adminSubscription.change.confirm.more" : "subscription.change.confirm.fewer"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("subscription.change.submit"));
        dialog.addConfirmListener(event -> attempt(() -> {
            show(central.changeQuantity(tenantId, subscriptionId, total, key));
            pendingKey = null;
            Notification.show(getTranslation("subscription.change.done", formats.number(total)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        dialog.open();
    }

    private void askToCancel() {
        CancelSubscriptionDialog dialog = new CancelSubscriptionDialog(details.subscription().productName());
        dialog.addConfirmListener(event -> {
            attempt(() -> {
                show(central.cancel(tenantId, subscriptionId, dialog.reason(), dialog.feedback()));
                Notification.show(getTranslation("subscription.cancel.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            dialog.close();
        });
        dialog.open();
    }

    /** Runs a change; a refusal or a lost race is shown in the person's language and the page shows what is. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (SelfServeException refused) {
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

    private static boolean runs(TenantSubscription s) {
        return s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.TRIAL;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("page.title.subscriptionNotFound")
                : getTranslation("page.title.adminSubscription", details.subscription().productName());
    }
}
