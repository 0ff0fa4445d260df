package selfserve.portal.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import selfserve.audit.api.AuditActions;
import selfserve.audit.api.AuditItem;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditQuery;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.portal.audit.AuditFilters;
import selfserve.portal.export.AuditLogCsv;
import selfserve.portal.i18n.LanguageChoice;
import selfserve.portal.i18n.Translations;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.Refusals;

/**
 * The audit log (issue 7): every audit entry of the organization, newest first, filtered by time range, actor,
 * action and product or target, read a page at a time as the grid scrolls (no count over millions of rows),
 * and downloaded as CSV with the same filters. Nothing here changes an entry: there is no way to. Who may read
 * is decided by the audit log service; a refusal is shown as it says.
 */
@Route(value = MainLayout.ADMIN_AREA + "/audit", layout = MainLayout.class)
@Menu(title = "nav.auditLog", order = 160, icon = "vaadin:archive")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog log;
    private final Translations translations;
    private final DateTimeFormatter times;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final ComboBox<Product> product = new ComboBox<>();
    private final TextField target = new TextField();
    private final Grid<AuditItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Anchor export = new Anchor();
    private TenantRef tenant;

    @Inject
    public AuditLogView(AuditLog log, ProductCatalog catalog, PurchasePolicies policies,
                        Translations translations) {
        this.log = log;
        this.translations = translations;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LanguageChoice.closestTo(UI.getCurrent().getLocale()).locale()).withZone(ZoneOffset.UTC);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("auditLog.title"));
        title.setId("audit-log-title");
        add(title, new Paragraph(getTranslation("auditLog.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("auditLog.noTenant"));
            none.setId("audit-log-no-tenant");
            add(none);
            return;
        }
        FlexLayout filters = new FlexLayout();
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        if (tenants.size() > 1) {
            filters.add(new TenantPicker("audit-log-tenant", tenants, chosen -> {
                tenant = chosen;
                show();
            }));
        }
        filters.add(filters(catalog));
        empty.setId("audit-log-empty");
        empty.setText(getTranslation("auditLog.empty"));
        export.setId("audit-log-export");
        export.setText(getTranslation("auditLog.export"));
        export.setHref(this::writeExport);
        export.getElement().setAttribute("download", true);
        add(filters, export, empty, grid());
        tenant = tenants.getFirst();
        show();
    }

    private com.vaadin.flow.component.Component[] filters(ProductCatalog catalog) {
        from.setId("audit-log-from");
        from.setLabel(getTranslation("auditLog.from"));
        to.setId("audit-log-to");
        to.setLabel(getTranslation("auditLog.to"));
        actor.setId("audit-log-actor");
        actor.setLabel(getTranslation("auditLog.actor"));
        actor.setPlaceholder(getTranslation("auditLog.actor.placeholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-log-action");
        action.setLabel(getTranslation("auditLog.action"));
        action.setPlaceholder(getTranslation("auditLog.action.all"));
        action.setItems(AuditActions.ALL);
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        action.setWidth("18em");
        product.setId("audit-log-product");
        product.setLabel(getTranslation("auditLog.product"));
        product.setPlaceholder(getTranslation("auditLog.product.all"));
        product.setItems(catalog.products());
        product.setItemLabelGenerator(Product::name);
        product.setClearButtonVisible(true);
        target.setId("audit-log-target");
        target.setLabel(getTranslation("auditLog.target"));
        target.setClearButtonVisible(true);
        target.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(event -> show());
        to.addValueChangeListener(event -> show());
        actor.addValueChangeListener(event -> show());
        action.addValueChangeListener(event -> show());
        product.addValueChangeListener(event -> show());
        target.addValueChangeListener(event -> show());
        return new com.vaadin.flow.component.Component[] {from, to, actor, action, product, target};
    }

    private Grid<AuditItem> grid() {
        grid.setId("audit-log-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(item -> times.format(item.occurredAt())).setHeader(getTranslation("auditLog.column.time"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actorOf).setHeader(getTranslation("auditLog.column.actor")).setFlexGrow(3);
        grid.addColumn(item -> actionName(item.action())).setHeader(getTranslation("auditLog.column.action")).setFlexGrow(3);
        grid.addColumn(item -> item.target() == null ? "" : item.target())
                .setHeader(getTranslation("auditLog.column.target")).setFlexGrow(3);
        grid.addColumn(this::change).setHeader(getTranslation("auditLog.column.change")).setFlexGrow(4);
        grid.addColumn(AuditItem::correlationId).setHeader(getTranslation("auditLog.column.correlationId")).setFlexGrow(1);
        // Read lazily a page at a time without counting: the grid grows as it scrolls.
        grid.setPageSize(50);
        grid.setHeight("36em");
        return grid;
    }

    private Div actorOf(AuditItem item) {
        Div cell = new Div(new Div(item.actorName() == null ? "—" : item.actorName()));
        cell.getStyle().set("overflow-wrap", "anywhere"); // an email has no space to wrap at
        if (item.partnerTenantId() != null) {
            Span partner = new Span(getTranslation("auditLog.viaPartner"));
            partner.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(new Div(partner));
        }
        return cell;
    }

    private String change(AuditItem item) {
        if (item.before() != null && item.after() != null) {
            return getTranslation("auditLog.change.fromTo", item.before(), item.after());
        }
        return item.after() != null ? item.after() : item.before() != null ? item.before() : "";
    }

    private String actionName(String code) {
        return getTranslation("auditAction." + code);
    }

    /** The filters as a query of the audit log. */
    private AuditQuery query() {
        Instant start = day(from.getValue(), false);
        Instant end = day(to.getValue(), true);
        return AuditFilters.query(start, end, actor.getValue(), action.getValue() == null ? Set.of()
                : Set.of(action.getValue()), product.getValue() == null ? null : product.getValue().id(),
                target.getValue().isBlank() ? Set.of() : Set.of(target.getValue().strip()));
    }

    private static Instant day(LocalDate day, boolean end) {
        return day == null ? null : (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The chosen tenant's entries under the chosen filters, read lazily page by page, the empty state, or the
     * service's refusal. The first entry is read here, so a refusal shows before the grid asks for rows.
     */
    private void show() {
        AuditQuery query;
        boolean any;
        try {
            query = query();
            any = !log.entries(tenant.id(), query, 0, 1).isEmpty();
        } catch (SelfServeException refused) {
            grid.setItems(List.of());
            grid.setVisible(false);
            empty.setVisible(false);
            export.setVisible(false);
            Refusals.show(refused);
            return;
        }
        UUID shown = tenant.id();
        grid.setItems(page -> log.entries(shown, query, page.getOffset(),
                Math.min(page.getLimit(), AuditLog.LARGEST_PAGE)).stream());
        grid.setVisible(any);
        export.setVisible(any);
        empty.setVisible(!any);
    }

    /** The entries the filters show, as the download; the filters are read under the session lock. */
    private void writeExport(DownloadEvent download) {
        UI ui = download.getUI();
        AtomicReference<AuditQuery> query = new AtomicReference<>();
        AtomicReference<UUID> shown = new AtomicReference<>();
        ui.accessSynchronously(() -> {
            query.set(query());
            shown.set(tenant.id());
        });
        AuditLogCsv csv = new AuditLogCsv(translations, ui.getLocale());
        download.setFileName(csv.fileName());
        download.setContentType("text/csv; charset=UTF-8");
        csv.write(log, shown.get(), query.get(), download.getOutputStream(), rows -> { });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.auditLog");
    }
}
