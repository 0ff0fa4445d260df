package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.UnusedLicense;
import selfserve.licensing.api.UnusedLicenses;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Unused licenses": licenses held by people who are disabled or have not signed in for the chosen number
 * of days (assigned at least that long ago, so new starters are left alone), and reclaiming the chosen ones
 * at once or after telling their holders. What may be reclaimed is the licensing service's decision.
 */
@Route(value = MainLayout.ADMIN_AREA + "/unused-licenses", layout = MainLayout.class)
@Menu(title = "nav.unusedLicenses", order = 108, icon = "vaadin:recycle")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class UnusedLicensesView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_GRACE_DAYS = 7;

    private final UnusedLicenses unused;
    private final Formats formats;
    private final IntegerField days = new IntegerField();
    private final Grid<UnusedLicense> grid = new Grid<>();
    private final Checkbox notifyFirst = new Checkbox();
    private final IntegerField graceDays = new IntegerField();
    private TenantRef tenant;

    @Inject
    public UnusedLicensesView(UnusedLicenses unused, PurchasePolicies policies) {
        this.unused = unused;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("unusedLicenses.title"));
        title.setId("unused-title");
        add(title, new Paragraph(getTranslation("unusedLicenses.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("adminPurchases.noTenant")));
            return;
        }
        tenant = tenants.getFirst();
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        add(criteria(), grid(), reclaimRow());
        find();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unusedLicenses.title");
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("unused-tenant", tenants, chosen -> {
            tenant = chosen;
            find();
        });
    }

    private HorizontalLayout criteria() {
        days.setId("unused-days");
        days.setLabel(getTranslation("unusedLicenses.days"));
        days.setMin(1);
        days.setMax(UnusedLicenses.MOST_DAYS);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        Button find = new Button(getTranslation("unusedLicenses.find"), click -> find());
        find.setId("unused-find");
        HorizontalLayout row = new HorizontalLayout(days, find);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Grid<UnusedLicense> grid() {
        grid.setId("unused-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UnusedLicense::displayName).setHeader(getTranslation("licenses.column.name")).setAutoWidth(true);
        grid.addColumn(UnusedLicense::email).setHeader(getTranslation("licenses.column.email")).setAutoWidth(true);
        grid.addColumn(UnusedLicense::productName).setHeader(getTranslation("licensesView.column.product"));
        grid.addColumn(u -> formats.date(u.assignedSince())).setHeader(getTranslation("licenses.column.since"));
        grid.addColumn(this::activity).setHeader(getTranslation("unusedLicenses.column.activity"));
        grid.addColumn(this::state).setHeader(getTranslation("unusedLicenses.column.state"));
        grid.setEmptyStateText(getTranslation("unusedLicenses.none"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private VerticalLayout reclaimRow() {
        notifyFirst.setId("unused-notify-first");
        notifyFirst.setLabel(getTranslation("unusedLicenses.notifyFirst"));
        notifyFirst.setValue(true);
        graceDays.setId("unused-grace-days");
        graceDays.setLabel(getTranslation("unusedLicenses.graceDays"));
        graceDays.setMin(1);
        graceDays.setMax(UnusedLicenses.LONGEST_GRACE_DAYS);
        graceDays.setValue(DEFAULT_GRACE_DAYS);
        notifyFirst.addValueChangeListener(event -> graceDays.setEnabled(event.getValue()));
        Button reclaim = new Button(getTranslation("unusedLicenses.reclaim"), click -> reclaimChosen());
        reclaim.setId("unused-reclaim");
        reclaim.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout row = new VerticalLayout(new Paragraph(getTranslation("unusedLicenses.reclaim.help")),
                new HorizontalLayout(notifyFirst, graceDays), reclaim);
        row.setPadding(false);
        return row;
    }

    private void find() {
        Integer chosen = days.getValue();
        try {
            grid.setItems(unused.report(tenant.id(), chosen == null ? 0 : chosen));
        } catch (SelfServeException refused) {
            grid.setItems(List.of());
            Refusals.show(refused);
        }
    }

    private void reclaimChosen() {
        List<UUID> chosen = grid.getSelectedItems().stream().map(UnusedLicense::assignmentId).toList();
        boolean announce = notifyFirst.getValue();
        Integer grace = graceDays.getValue();
        try {
            int done = unused.reclaim(tenant.id(), chosen, announce, grace == null ? 0 : grace);
            Notification.show(getTranslation(announce ? "unusedLicenses.announced" : "unusedLicenses.reclaimed", done))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            find();
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            find();
        }
    }

    private String activity(UnusedLicense license) {
        return license.lastSignInAt() == null ? getTranslation("unusedLicenses.neverSignedIn")
                : formats.date(license.lastSignInAt());
    }

    /** Disabled, announced for reclaim, or (for a subscription a user bought) to be taken over first. */
    private String state(UnusedLicense license) {
        if (license.reclaimAt() != null) {
            return getTranslation("unusedLicenses.state.announced", formats.date(license.reclaimAt()));
        }
        if (!license.central()) {
            return getTranslation("unusedLicenses.state.purchasedByUser");
        }
        return license.disabled() ? getTranslation("unusedLicenses.state.disabled") : "";
    }
}
