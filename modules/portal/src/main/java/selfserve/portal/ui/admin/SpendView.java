package selfserve.portal.ui.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import selfserve.commerce.api.SpendReport;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.portal.i18n.LanguageChoice;
import selfserve.portal.insight.SpendCharts;
import selfserve.portal.insight.SpendDashboard;
import selfserve.portal.insight.SpendFigures;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Spend and utilization": what the organization was invoiced over the last 12 months, self-service against
 * central, per month, per product and per purchaser, and how many of the licenses it bought are assigned. The
 * plots are SVG drawn on the server in the viewer's language; a partner first picks the customer. Whether the
 * caller may see a tenant's figures is the services' decision; a refusal is shown as they say.
 */
@Route(value = MainLayout.ADMIN_AREA + "/spend", layout = MainLayout.class)
@Menu(title = "nav.spend", order = 109, icon = "vaadin:chart")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class SpendView extends VerticalLayout implements HasDynamicTitle {

    private final SpendDashboard dashboard;
    private final SpendCharts charts;
    private final Formats formats;
    private final Paragraph summary = new Paragraph();
    private final Div plots = new Div();
    private TenantRef tenant;

    @Inject
    public SpendView(SpendDashboard dashboard, PurchasePolicies policies) {
        this.dashboard = dashboard;
        this.formats = Formats.of(this);
        this.charts = new SpendCharts((key, arguments) -> getTranslation(key, arguments), LanguageChoice.closestTo(UI.getCurrent().getLocale()).locale());
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("spend.title"));
        title.setId("spend-title");
        add(title, new Paragraph(getTranslation("spend.intro")));

        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("adminPurchases.noTenant"));
            none.setId("spend-no-tenant");
            add(none);
            return;
        }
        tenant = tenants.getFirst();
        if (tenants.size() > 1) {
            add(tenantPicker(tenants));
        }
        summary.setId("spend-summary");
        plots.setId("spend-plots");
        plots.setWidthFull();
        add(summary, plots);
        show();
    }

    private TenantPicker tenantPicker(List<TenantRef> tenants) {
        return new TenantPicker("spend-tenant", tenants, chosen -> {
            tenant = chosen;
            show();
        });
    }

    /** The chosen tenant's figures as a summary line and four plots, or the services' refusal. */
    private void show() {
        plots.removeAll();
        SpendFigures figures;
        try {
            figures = dashboard.figures(tenant.id());
        } catch (SelfServeException refused) {
            summary.setVisible(false);
            Refusals.show(refused);
            return;
        }
        SpendReport spend = figures.spend();
        DateTimeFormatter months = charts.monthFormat();
        summary.setText(getTranslation("spend.summary", months.format(spend.from()), months.format(spend.to()),
                formats.money(spend.selfService()), formats.money(spend.central())));
        summary.setVisible(true);
        for (SpendCharts.Chart chart : charts.draw(figures)) {
            plots.add(plot(chart));
        }
    }

    /**
     * One plot as inline SVG, so that the browser draws its text with the page's fonts. The SVG is the server's
     * own output, with every name in it escaped, so it is set as the element's markup as it is.
     */
    private static Div plot(SpendCharts.Chart chart) {
        Div plot = new Div();
        plot.setId(chart.id());
        plot.addClassName("spend-plot");
        plot.getElement().setAttribute("role", "img");
        plot.getElement().setAttribute("aria-label", chart.title());
        plot.getElement().setProperty("innerHTML", chart.svg());
        plot.setWidthFull();
        plot.getStyle().set("margin-block", "var(--lumo-space-m)");
        return plot;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spend.title");
    }
}
