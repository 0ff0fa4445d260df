package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import selfserve.identity.api.Caller;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.PortalSession;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "License requests": the organization's requests, newest first, filtered by status and read
 * page by page as the grid scrolls; the one opened is decided below it (each person approved or denied, the
 * subscription the licenses come from, a message). Global admins set the organization's own request flow here.
 */
@Route(value = MainLayout.ADMIN_AREA + "/license-requests", layout = MainLayout.class)
@Menu(title = "nav.licenseRequests", order = 108, icon = "vaadin:envelope-open")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
public class LicenseRequestsView extends VerticalLayout implements HasDynamicTitle {

    /** The status filter's choices; ALL stands for no filter. */
    enum Filter { ALL, PENDING, COMPLETED }

    private final LicenseRequests requests;
    private final Caller caller;
    private final Formats formats;

    private final Select<Filter> filter = new Select<>();
    private final Grid<LicenseRequestView> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final VerticalLayout flow = new VerticalLayout();
    private TenantRef tenant;

    @Inject
    public LicenseRequestsView(LicenseRequests requests, PurchasePolicies policies, PortalSession session) {
        this.requests = requests;
        this.caller = session.caller();
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("licenseRequests.title"));
        title.setId("requests-title");
        add(title, new Paragraph(getTranslation("licenseRequests.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("adminPurchases.noTenant")));
            return;
        }
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        detail.setPadding(false);
        detail.setId("request-detail");
        flow.setPadding(false);
        add(filter(), grid(), detail, flow);
        tenant = tenants.getFirst();
        showTenant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("licenseRequests.title");
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("requests-tenant", tenants, chosen -> {
            tenant = chosen;
            showTenant();
        });
    }

    private Select<Filter> filter() {
        filter.setId("requests-status");
        filter.setLabel(getTranslation("licenseRequests.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(choice -> getTranslation("licenseRequests.filter." + choice.name()));
        filter.setValue(Filter.PENDING);
        filter.addValueChangeListener(event -> showRequests());
        return filter;
    }

    private Grid<LicenseRequestView> grid() {
        grid.setId("requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LicenseRequestView::productName).setHeader(getTranslation("licenseRequests.column.product"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("licenseRequests.person", r.requesterName(), r.requesterEmail()))
                .setHeader(getTranslation("licenseRequests.column.requester")).setFlexGrow(2);
        grid.addColumn(r -> formats.date(r.createdAt())).setHeader(getTranslation("licenseRequests.column.date"));
        grid.addColumn(r -> r.people().stream().map(p -> p.displayName()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("licenseRequests.column.people")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("licenseRequests.status." + r.status().name()))
                .setHeader(getTranslation("licenseRequests.column.status"));
        grid.setEmptyStateText(getTranslation("licenseRequests.empty"));
        grid.setPageSize(50);
        grid.asSingleSelect().addValueChangeListener(event -> showDetail(event.getValue()));
        return grid;
    }

    private void showTenant() {
        showRequests();
        flow.removeAll();
        try {
            flow.add(new RequestFlowPanel(requests, tenant.id(), mayChangeFlow()));
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        }
    }

    /** Asks licensing for one page at a time as the grid scrolls, and for the count under the same filter. */
    private void showRequests() {
        detail.removeAll();
        LicenseRequestStatus status = switch (filter.getValue()) {
            case ALL -> null;
            case PENDING -> LicenseRequestStatus.PENDING;
            case COMPLETED -> LicenseRequestStatus.COMPLETED;
        };
        grid.setItems(new CallbackDataProvider<LicenseRequestView, Void>(
                query -> page(status, query.getOffset(), query.getLimit()),
                query -> (int) Math.min(Integer.MAX_VALUE, requests.tenantRequests(tenant.id(), status, 0, 1).total()),
                LicenseRequestView::id));
    }

    private Stream<LicenseRequestView> page(LicenseRequestStatus status, int offset, int limit) {
        return requests.tenantRequests(tenant.id(), status, offset, Math.min(limit, 200)).items().stream();
    }

    private void showDetail(LicenseRequestView request) {
        detail.removeAll();
        if (request != null) {
            detail.add(new LicenseRequestPanel(requests, request.id(), mayDecide(), decided -> {
                grid.getDataProvider().refreshAll();
            }));
        }
    }

    /** License, User and Global admins decide, and partners in a customer's tenant; readers only read. */
    private boolean mayDecide() {
        return !tenant.id().equals(caller.tenant().id()) || caller.roles().stream()
                .anyMatch(role -> role == Role.GLOBAL_ADMIN || role == Role.LICENSE_ADMIN || role == Role.USER_ADMIN);
    }

    private boolean mayChangeFlow() {
        return !tenant.id().equals(caller.tenant().id()) || caller.roles().contains(Role.GLOBAL_ADMIN);
    }
}
