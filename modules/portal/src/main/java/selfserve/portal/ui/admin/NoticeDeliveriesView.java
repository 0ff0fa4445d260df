package selfserve.portal.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.notifications.api.Delivery;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.api.NoticeDeliveries;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.PortalSession;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * Notification delivery: every notice of the organization with the state of its mail (pending, sent,
 * kept, failed with the error), loaded page by page; a failed one can be retried by a Global admin. What
 * the caller may see and do is decided by the notifications service; a refusal is shown as it says.
 */
@Route(value = MainLayout.ADMIN_AREA + "/notices", layout = MainLayout.class)
@Menu(title = "nav.adminNotices", order = 150, icon = "vaadin:envelopes-o")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class NoticeDeliveriesView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeDeliveries deliveries;
    private final Formats formats;
    private final boolean onlyReads;
    private final Select<Optional<DeliveryState>> state = new Select<>();
    private final Grid<Delivery> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private TenantRef tenant;

    @Inject
    public NoticeDeliveriesView(NoticeDeliveries deliveries, PurchasePolicies policies, PortalSession session) {
        this.deliveries = deliveries;
        this.formats = Formats.of(this);
        var roles = session.caller().roles();
        this.onlyReads = roles.contains(Role.GLOBAL_READER) && !roles.contains(Role.GLOBAL_ADMIN);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("adminNotices.title"));
        title.setId("admin-notices-title");
        add(title, new Paragraph(getTranslation("adminNotices.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("adminNotices.noTenant"));
            none.setId("admin-notices-no-tenant");
            add(none);
            return;
        }
        HorizontalLayout filters = new HorizontalLayout();
        if (tenants.size() > 1) {
            filters.add(new TenantPicker("admin-notices-tenant", tenants, chosen -> {
                tenant = chosen;
                show();
            }));
        }
        List<Optional<DeliveryState>> states = new ArrayList<>();
        states.add(Optional.empty());
        for (DeliveryState s : DeliveryState.values()) {
            states.add(Optional.of(s));
        }
        state.setId("admin-notices-state");
        state.setLabel(getTranslation("adminNotices.state"));
        state.setItems(states);
        state.setItemLabelGenerator(s -> s.map(v -> getTranslation("deliveryState." + v.name()))
                .orElseGet(() -> getTranslation("adminNotices.state.ALL")));
        state.setValue(Optional.empty());
        state.addValueChangeListener(event -> show());
        filters.add(state);
        empty.setId("admin-notices-empty");
        empty.setText(getTranslation("adminNotices.empty"));
        add(filters, empty, grid());
        tenant = tenants.getFirst();
        show();
    }

    private Grid<Delivery> grid() {
        grid.setId("admin-notices-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> formats.date(d.createdAt())).setHeader(getTranslation("adminNotices.column.created")).setFlexGrow(1);
        grid.addComponentColumn(NoticeDeliveriesView::recipient).setHeader(getTranslation("adminNotices.column.recipient"))
                .setFlexGrow(2);
        grid.addColumn(Delivery::subject).setHeader(getTranslation("adminNotices.column.subject")).setFlexGrow(3);
        grid.addComponentColumn(this::stateOf).setHeader(getTranslation("adminNotices.column.state")).setFlexGrow(2);
        grid.addColumn(d -> formats.number(d.attempts())).setHeader(getTranslation("adminNotices.column.attempts"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("adminNotices.column.error")).setFlexGrow(3);
        return grid;
    }

    private static Component recipient(Delivery delivery) {
        Span email = new Span(delivery.recipientEmail());
        email.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(new Div(delivery.recipientName()), email);
    }

    private Component stateOf(Delivery delivery) {
        Span label = new Span(getTranslation("deliveryState." + delivery.state().name()));
        label.getElement().getThemeList().add(switch (delivery.state()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case KEPT -> "badge contrast";
            case PENDING -> "badge";
        });
        Div cell = new Div(label);
        if (delivery.state() == DeliveryState.PENDING && delivery.nextAttemptAt() != null && delivery.attempts() > 0) {
            cell.add(new Div(getTranslation("adminNotices.nextAttempt", formats.date(delivery.nextAttemptAt()))));
        }
        if (delivery.state() == DeliveryState.FAILED && !onlyReads) {
            Button retry = new Button(getTranslation("adminNotices.retry"), click -> retry(delivery));
            retry.addClassName("admin-notices-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(retry);
        }
        return cell;
    }

    private void retry(Delivery delivery) {
        try {
            deliveries.retry(tenant.id(), delivery.id());
            Notification.show(getTranslation("adminNotices.retried"));
        } catch (SelfServeException refused) {
            Refusals.show(refused);
        }
        show();
    }

    /** The chosen tenant's notices in the chosen state, page by page, or the service's refusal. */
    private void show() {
        DeliveryState chosen = state.getValue().orElse(null);
        long count;
        try {
            count = deliveries.count(tenant.id(), chosen);
        } catch (SelfServeException refused) {
            grid.setVisible(false);
            empty.setVisible(false);
            Refusals.show(refused);
            return;
        }
        TenantRef shown = tenant;
        grid.setItems(query -> deliveries.deliveries(shown.id(), chosen, query.getOffset(),
                        Math.min(query.getLimit(), NoticeDeliveries.LARGEST_PAGE)).stream(),
                query -> (int) deliveries.count(shown.id(), chosen));
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.adminNotices");
    }
}
