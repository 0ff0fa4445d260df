package selfserve.portal.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import selfserve.commerce.api.CentralPurchases;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.SubscriptionStatus;
import selfserve.commerce.api.TenantPurchases;
import selfserve.commerce.api.TenantSubscription;
import selfserve.commerce.api.TenantSubscriptionPage;
import selfserve.identity.api.UserStatus;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Products and purchases", the admin center's "Your products": every subscription of the organization,
 * central and self-service, with who bought it, read a page at a time as the grid scrolls. A row opens the
 * subscription's details with its order history; admins who buy for the organization find "Purchase services"
 * here too. A partner first picks the customer. Whether the caller may see a tenant's purchases is decided by
 * the purchase service; a refusal is shown as it says.
 */
@Route(value = MainLayout.ADMIN_AREA + "/purchases", layout = MainLayout.class)
@Menu(title = "nav.adminPurchases", order = 105, icon = "vaadin:list")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class AdminPurchasesView extends VerticalLayout implements HasDynamicTitle {

    /** Which purchases the list shows, as the admin center's filter offers them. */
    enum Filter { CENTRAL_ONLY, INCLUDING_SELF_SERVICE }

    /** The purchaser's name with the email below it, in the secondary text style. */
    private static final String PURCHASER_TEMPLATE = "<div>${item.name}</div><div ?hidden=${!item.email} "
            + "style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">${item.email}</div>";

    private final TenantPurchases purchases;
    private final CentralPurchases central;
    private final Formats formats;
    private final Button buy = new Button();
    private final RadioButtonGroup<Filter> filter = new RadioButtonGroup<>();
    private final Grid<TenantSubscription> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private TenantRef tenant;

    @Inject
    public AdminPurchasesView(TenantPurchases purchases, CentralPurchases central, PurchasePolicies policies) {
        this.purchases = purchases;
        this.central = central;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("adminPurchases.title"));
        title.setId("admin-purchases-title");
        add(title, new Paragraph(getTranslation("adminPurchases.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("adminPurchases.noTenant"));
            none.setId("admin-purchases-no-tenant");
            add(none);
            return;
        }
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        empty.setId("admin-purchases-empty");
        buy.setText(getTranslation("adminPurchases.buy"));
        buy.setId("admin-purchases-buy");
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buy.addClickListener(click -> UI.getCurrent().navigate(PurchaseServicesView.class,
                PurchaseServicesView.forTenant(tenant.id())));
        add(buy, filter(), empty, grid());
        tenant = tenants.getFirst();
        show();
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("admin-purchases-tenant", tenants, chosen -> {
            tenant = chosen;
            show();
        });
    }

    private RadioButtonGroup<Filter> filter() {
        filter.setId("admin-purchases-filter");
        filter.setLabel(getTranslation("adminPurchases.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("adminPurchases.filter." + choice.name()));
        filter.setValue(Filter.INCLUDING_SELF_SERVICE);
        filter.addValueChangeListener(event -> show());
        return filter;
    }

    private Grid<TenantSubscription> grid() {
        grid.setId("admin-purchases-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TenantSubscription::productName).setHeader(getTranslation("adminPurchases.column.product")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation("adminPurchases.channel." + s.channel().name()))
                .setHeader(getTranslation("adminPurchases.column.channel")).setFlexGrow(2);
        grid.addColumn(LitRenderer.<TenantSubscription>of(PURCHASER_TEMPLATE)
                        .withProperty("name", this::purchaser)
                        .withProperty("email", AdminPurchasesView::purchaserEmail))
                .setHeader(getTranslation("adminPurchases.column.purchaser")).setFlexGrow(3);
        grid.addColumn(s -> formats.number(s.quantity())).setHeader(getTranslation("adminPurchases.column.quantity")).setFlexGrow(1);
        grid.addColumn(s -> formats.status(s.status())).setHeader(getTranslation("adminPurchases.column.status")).setFlexGrow(1);
        grid.addColumn(s -> formats.money(s.perLicensePerMonth()))
                .setHeader(getTranslation("adminPurchases.column.perLicensePerMonth")).setFlexGrow(2);
        grid.addColumn(this::renewsOrEnds).setHeader(getTranslation("adminPurchases.column.renewsOrEnds")).setFlexGrow(2);
        // Read lazily a page at a time; a fixed height lets the grid ask only for the rows it shows.
        grid.setPageSize(50);
        grid.setHeight("36em");
        grid.getStyle().set("cursor", "pointer");
        grid.addItemClickListener(event -> open(event.getItem()));
        return grid;
    }

    /**
     * The chosen tenant's purchases under the chosen filter, read lazily page by page, the empty state, or the
     * service's refusal. The first page is read here, so a refusal shows before the grid asks for rows.
     */
    private void show() {
        boolean centralOnly = filter.getValue() == Filter.CENTRAL_ONLY;
        TenantSubscriptionPage first;
        try {
            first = purchases.page(tenant.id(), !centralOnly, 0, 1);
            buy.setVisible(central.canBuy(tenant.id()));
        } catch (SelfServeException refused) {
            grid.setItems(List.of());
            grid.setVisible(false);
            empty.setVisible(false);
            buy.setVisible(false);
            Refusals.show(refused);
            return;
        }
        var shown = tenant;
        grid.setItems(query -> purchases.page(shown.id(), !centralOnly, query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, purchases.page(shown.id(), !centralOnly, 0, 1).total()));
        grid.setVisible(first.total() > 0);
        empty.setText(getTranslation(centralOnly ? "adminPurchases.empty.central" : "adminPurchases.empty"));
        empty.setVisible(first.total() == 0);
    }

    /** The subscription's details; a partner's view names the customer, so the page reads the right tenant. */
    private void open(TenantSubscription subscription) {
        UI.getCurrent().navigate(AdminSubscriptionView.class,
                new RouteParameters(AdminSubscriptionView.SUBSCRIPTION_ID, subscription.id().toString()),
                QueryParameters.of(AdminSubscriptionView.TENANT, tenant.id().toString()));
    }

    /** Who bought it: the person for a self-service purchase, the organization itself for a central one. */
    private String purchaser(TenantSubscription subscription) {
        if (subscription.purchaserName() != null && subscription.purchaserStatus() == UserStatus.DISABLED) {
            return getTranslation("adminPurchases.purchaser.disabled", subscription.purchaserName());
        }
        if (subscription.purchaserName() != null) {
            return subscription.purchaserName();
        }
        if (subscription.purchaserEmail() != null) {
            return subscription.purchaserEmail();
        }
        return subscription.channel() == Channel.CENTRAL ? tenant.name() : "—";
    }

    /** The purchaser's email below their name; nothing where the name line shows it already or there is none. */
    private static String purchaserEmail(TenantSubscription subscription) {
        return subscription.purchaserName() == null || subscription.purchaserEmail() == null ? "" : subscription.purchaserEmail();
    }

    /** The next renewal of a live subscription, else the day it ended. */
    private String renewsOrEnds(TenantSubscription subscription) {
        boolean live = subscription.status() == SubscriptionStatus.ACTIVE || subscription.status() == SubscriptionStatus.TRIAL;
        if (live && subscription.renewsAt() != null) {
            return getTranslation("adminPurchases.renewsOn", formats.date(subscription.renewsAt()));
        }
        if (subscription.endedAt() != null) {
            return getTranslation("adminPurchases.endedOn", formats.date(subscription.endedAt()));
        }
        return "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.adminPurchases");
    }
}
