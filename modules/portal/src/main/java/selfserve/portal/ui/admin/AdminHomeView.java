package selfserve.portal.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Set;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.PortalSession;

/** The admin home: the organization the admin governs, their roles, and a partner's customers. */
@Route(value = MainLayout.ADMIN_AREA, layout = MainLayout.class)
@Menu(title = "nav.adminHome", order = 100, icon = "vaadin:cog")
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public AdminHomeView(PortalSession session) {
        Caller caller = session.caller();
        addClassName("selfserve-view");
        H2 title = new H2(getTranslation("admin.title"));
        title.setId("admin-title");
        add(title, new Paragraph(getTranslation("admin.intro")));
        if (!caller.roles().isEmpty()) {
            UnorderedList roles = new UnorderedList();
            caller.roles().stream().sorted().forEach(role -> roles.add(new ListItem(getTranslation("role." + role.name()))));
            add(new H3(getTranslation("admin.yourRoles", caller.tenant().name())), roles);
        }
        if (caller.roles().equals(Set.of(Role.GLOBAL_READER))) {
            add(new Paragraph(getTranslation("admin.readOnly")));
        }
        if (!caller.delegatedTenants().isEmpty()) {
            UnorderedList customers = new UnorderedList();
            customers.setId("admin-customers");
            caller.delegatedTenants().forEach(tenant -> customers.add(new ListItem(tenant.name())));
            add(new H3(getTranslation("admin.customers")), customers);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.admin");
    }
}
