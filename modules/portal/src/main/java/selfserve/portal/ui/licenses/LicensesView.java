package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.Assignments;
import selfserve.licensing.api.Licenses;
import selfserve.licensing.api.ProductLicenses;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.licensing.api.TakeOvers;
import selfserve.portal.export.LicenseHoldersCsv;
import selfserve.portal.i18n.Translations;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Licenses", the admin center's view: each product once with the seats of all its subscriptions
 * together, then its subscriptions by purchaser (central ones first) and the holders of the one opened;
 * chosen subscriptions export their holders as CSV, with the rows written shown while it runs.
 */
@Route(value = MainLayout.ADMIN_AREA + "/licenses", layout = MainLayout.class)
@Menu(title = "nav.licenses", order = 107, icon = "vaadin:key")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class LicensesView extends VerticalLayout implements HasDynamicTitle {

    /** How often the page asks the server for the export's progress while it runs, in milliseconds. */
    private static final int PROGRESS_POLL = 500;

    private final Licenses licenses;
    private final Assignments assignments;
    private final TakeOvers takeOvers;
    private final Translations translations;
    private final Formats formats;

    private final Grid<ProductLicenses> products = new Grid<>();
    private final H3 subscriptionsTitle = new H3();
    private final Grid<SubscriptionSeats> subscriptions = new Grid<>();
    private final Anchor export = new Anchor();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final VerticalLayout holders = new VerticalLayout();
    private TenantRef tenant;

    @Inject
    public LicensesView(Licenses licenses, Assignments assignments, TakeOvers takeOvers, PurchasePolicies policies,
                        Translations translations) {
        this.licenses = licenses;
        this.assignments = assignments;
        this.takeOvers = takeOvers;
        this.translations = translations;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("licensesView.title"));
        title.setId("licenses-title");
        add(title, new Paragraph(getTranslation("licensesView.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("adminPurchases.noTenant")));
            return;
        }
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        holders.setPadding(false);
        add(products(), subscriptionsTitle, subscriptions(), exportRow(), holders);
        tenant = tenants.getFirst();
        showProducts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("licensesView.title");
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("licenses-tenant", tenants, chosen -> {
            tenant = chosen;
            showProducts();
        });
    }

    private Grid<ProductLicenses> products() {
        products.setId("licenses-products");
        products.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        products.addColumn(ProductLicenses::productName).setHeader(getTranslation("licensesView.column.product"))
                .setFlexGrow(3);
        products.addColumn(p -> formats.number(p.available())).setHeader(getTranslation("licensesView.column.available"));
        products.addColumn(p -> formats.number(p.assigned())).setHeader(getTranslation("licensesView.column.assigned"));
        products.addColumn(p -> formats.number(p.free())).setHeader(getTranslation("licensesView.column.free"));
        products.setAllRowsVisible(true);
        products.setEmptyStateText(getTranslation("licensesView.empty"));
        products.asSingleSelect().addValueChangeListener(event -> showSubscriptions(event.getValue()));
        return products;
    }

    private Grid<SubscriptionSeats> subscriptions() {
        subscriptions.setId("licenses-subscriptions");
        subscriptions.setSelectionMode(Grid.SelectionMode.MULTI);
        subscriptions.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        // The subscription's id rides along, so that a person's several purchases of a product can be told apart.
        subscriptions.addColumn(LitRenderer.<SubscriptionSeats>of("<span data-subscription=${item.id}>${item.purchaser}</span>")
                        .withProperty("id", seats -> seats.subscriptionId().toString())
                        .withProperty("purchaser", this::purchaser))
                .setHeader(getTranslation("licensesView.column.purchaser")).setFlexGrow(3);
        subscriptions.addColumn(s -> formats.number(s.seats())).setHeader(getTranslation("licensesView.column.seats"));
        subscriptions.addColumn(s -> formats.number(s.assigned())).setHeader(getTranslation("licensesView.column.assigned"));
        subscriptions.setAllRowsVisible(true);
        subscriptions.addItemClickListener(click -> showHolders(click.getItem()));
        return subscriptions;
    }

    private VerticalLayout exportRow() {
        export.setId("licenses-export");
        export.setText(getTranslation("licensesView.export"));
        export.setHref(this::writeExport);
        export.getElement().setAttribute("download", true);
        progress.setId("licenses-export-progress");
        progressText.setId("licenses-export-progress-text");
        progress.setVisible(false);
        progressText.setVisible(false);
        VerticalLayout row = new VerticalLayout(new Paragraph(getTranslation("licensesView.export.help")), export,
                progress, progressText);
        row.setPadding(false);
        return row;
    }

    private void showProducts() {
        try {
            products.setItems(licenses.products(tenant.id()));
        } catch (SelfServeException refused) {
            products.setItems(List.of());
            Refusals.show(refused);
        }
        showSubscriptions(null);
    }

    private void showSubscriptions(ProductLicenses product) {
        holders.removeAll();
        boolean shown = product != null;
        subscriptionsTitle.setVisible(shown);
        subscriptions.setVisible(shown);
        export.setVisible(shown);
        if (!shown) {
            subscriptions.setItems(List.of());
            return;
        }
        subscriptionsTitle.setText(getTranslation("licensesView.subscriptions", product.productName()));
        subscriptions.setItems(licenses.subscriptions(tenant.id(), product.productId()));
    }

    private void showHolders(SubscriptionSeats subscription) {
        holders.removeAll();
        holders.add(new H3(getTranslation("licensesView.holders", purchaser(subscription))),
                new SubscriptionLicensesPanel(assignments, subscription.subscriptionId()));
        if (!subscription.isCentral()) {
            Button takeOver = new Button(getTranslation("takeOver.open"), click -> openTakeOver(subscription));
            takeOver.setId("licenses-take-over");
            holders.add(new Paragraph(getTranslation("takeOver.intro")), takeOver);
        }
    }

    /** Offers the other running subscriptions of the product as targets; afterwards everything is read again. */
    private void openTakeOver(SubscriptionSeats subscription) {
        List<SubscriptionSeats> targets = licenses.subscriptions(tenant.id(), subscription.productId()).stream()
                .filter(other -> !other.subscriptionId().equals(subscription.subscriptionId()))
                .toList();
        ProductLicenses product = products.asSingleSelect().getValue();
        new TakeOverDialog(takeOvers, subscription, targets, this::purchaser, () -> {
            showProducts();
            products.getListDataView().getItems().filter(p -> p.productId().equals(product.productId())).findFirst()
                    .ifPresent(products::select);
        }).open();
    }

    private String purchaser(SubscriptionSeats subscription) {
        return subscription.isCentral() ? getTranslation("licenses.export.central")
                : getTranslation("licensesView.purchaser", subscription.purchaserName(), subscription.purchaserEmail());
    }

    /**
     * Writes the chosen subscriptions' holders (all of the product's when none is chosen) as the download,
     * telling the page how far it got; the page polls while it runs, so the bar moves without push.
     */
    private void writeExport(DownloadEvent download) {
        UI ui = download.getUI();
        AtomicReference<List<UUID>> chosen = new AtomicReference<>();
        ui.accessSynchronously(() -> chosen.set(chosenSubscriptions())); // the grid is read under the session lock
        List<UUID> ids = chosen.get();
        long total = licenses.exportSize(tenant.id(), ids);
        LicenseHoldersCsv csv = new LicenseHoldersCsv(translations, ui.getLocale());
        download.setFileName(csv.fileName());
        download.setContentType("text/csv; charset=UTF-8");
        ui.access(() -> {
            ui.setPollInterval(PROGRESS_POLL);
            progress.setVisible(true);
            progressText.setVisible(true);
            showProgress(0, total);
        });
        try {
            long written = csv.write(licenses, tenant.id(), ids, download.getOutputStream(),
                    rows -> ui.access(() -> showProgress(rows, total)));
            ui.access(() -> progressText.setText(getTranslation("licensesView.export.done", formats.number(written))));
        } finally {
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
            });
        }
    }

    /** The subscriptions ticked, or every subscription listed when none is. */
    private List<UUID> chosenSubscriptions() {
        Set<SubscriptionSeats> chosen = subscriptions.getSelectedItems();
        return (chosen.isEmpty() ? subscriptions.getListDataView().getItems().toList() : List.copyOf(chosen)).stream()
                .map(SubscriptionSeats::subscriptionId).toList();
    }

    private void showProgress(long rows, long total) {
        progress.setValue(total == 0 ? 1 : Math.min(1, (double) rows / total));
        progressText.setText(getTranslation("licensesView.export.progress", formats.number(rows), formats.number(total)));
    }
}
