package selfserve.portal.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import selfserve.identity.api.PurchasePolicies;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.notifications.api.KeptMail;
import selfserve.notifications.api.NoticeDeliveries;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.TenantPicker;
import selfserve.portal.ui.Refusals;
import selfserve.portal.ui.purchaser.buy.Formats;

/**
 * "Sent mail": with no SMTP server configured (the demo), the mails SelfServe would have sent, kept whole
 * so that the demo shows them. The HTML part is shown in a sandboxed frame that runs no script.
 */
@Route(value = MainLayout.ADMIN_AREA + "/sent-mail", layout = MainLayout.class)
@Menu(title = "nav.sentMail", order = 151, icon = "vaadin:envelope-open-o")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class SentMailView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeDeliveries deliveries;
    private final Formats formats;
    private final Grid<KeptMail> grid = new Grid<>();
    private final Div reader = new Div();
    private TenantRef tenant;

    @Inject
    public SentMailView(NoticeDeliveries deliveries, PurchasePolicies policies) {
        this.deliveries = deliveries;
        this.formats = Formats.of(this);
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("sentMail.title"));
        title.setId("sent-mail-title");
        Paragraph mode = new Paragraph(getTranslation(deliveries.keepsMail() ? "sentMail.kept" : "sentMail.sending"));
        mode.setId("sent-mail-mode");
        add(title, mode);
        List<TenantRef> tenants = policies.governableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("adminNotices.noTenant")));
            return;
        }
        if (tenants.size() > 1) {
            add(new TenantPicker("sent-mail-tenant", tenants, chosen -> {
                tenant = chosen;
                show();
            }));
        }
        grid.setId("sent-mail-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> formats.date(m.createdAt())).setHeader(getTranslation("sentMail.column.created")).setFlexGrow(1);
        grid.addColumn(KeptMail::to).setHeader(getTranslation("sentMail.column.to")).setFlexGrow(2);
        grid.addColumn(KeptMail::subject).setHeader(getTranslation("sentMail.column.subject")).setFlexGrow(3);
        grid.setHeight("22rem");
        grid.asSingleSelect().addValueChangeListener(event -> read(event.getValue()));
        reader.setId("sent-mail-reader");
        reader.setWidthFull();
        add(grid, reader);
        tenant = tenants.getFirst();
        show();
    }

    private void show() {
        reader.removeAll();
        reader.add(new Paragraph(getTranslation("sentMail.select")));
        try {
            deliveries.keptMails(tenant.id(), 0, 1);
        } catch (SelfServeException refused) {
            grid.setVisible(false);
            Refusals.show(refused);
            return;
        }
        TenantRef shown = tenant;
        grid.setVisible(true);
        grid.setItems(query -> deliveries.keptMails(shown.id(), query.getOffset(),
                Math.min(query.getLimit(), NoticeDeliveries.LARGEST_PAGE)).stream());
        grid.setEmptyStateText(getTranslation("sentMail.empty"));
    }

    private void read(KeptMail mail) {
        reader.removeAll();
        if (mail == null) {
            reader.add(new Paragraph(getTranslation("sentMail.select")));
            return;
        }
        Pre text = new Pre(mail.text());
        text.getStyle().set("white-space", "pre-wrap");
        IFrame html = new IFrame();
        html.setSrcdoc(mail.html());
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL); // the mail's HTML may show, never run anything
        html.setWidthFull();
        html.setHeight("24rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        TabSheet parts = new TabSheet();
        parts.add(getTranslation("sentMail.html"), html);
        parts.add(getTranslation("sentMail.plainText"), text);
        parts.setWidthFull();
        reader.add(new H3(mail.subject()), new Paragraph(mail.to()), parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.sentMail");
    }
}
