package selfserve.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import selfserve.identity.api.Caller;
import selfserve.notifications.api.InAppNotices;

/**
 * The shell around every signed-in view: brand, the notice bell, who is signed in, language and sign-out on top; the
 * purchaser section for everyone and the admin section for admins and partners in the drawer.
 */
@PermitAll
public class MainLayout extends AppLayout {

    /** The path every admin view lives under. */
    public static final String ADMIN_AREA = "admin";

    @Inject
    public MainLayout(PortalSession session, InAppNotices notices) {
        Caller caller = session.caller();
        addToNavbar(header(caller, session, new NoticeBell(notices)));
        Map<Boolean, List<MenuEntry>> byArea = MenuConfiguration.getMenuEntries().stream()
                .collect(Collectors.partitioningBy(MainLayout::isAdminArea));
        addToDrawer(section("nav-purchaser", "nav.section.purchases", byArea.get(false)));
        if (caller.seesAdminSection() && !byArea.get(true).isEmpty()) {
            addToDrawer(section("nav-admin", "nav.section.admin", byArea.get(true)));
        }
        setPrimarySection(Section.DRAWER);
    }

    private Div header(Caller caller, PortalSession session, NoticeBell bell) {
        Span user = new Span(getTranslation("header.signedInAs", caller.displayName(), caller.tenant().name()));
        user.setId("signed-in-user");
        user.addClassName("selfserve-user");
        Div spacer = new Div();
        spacer.addClassName("selfserve-spacer");
        Button signOut = new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create(), click -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new DrawerToggle(), Brand.create(), spacer, bell, user, new LanguageSwitcher(session::choose), signOut);
        header.addClassName("selfserve-header");
        return header;
    }

    /**
     * The views of one section, taken from their {@code @Menu} annotations: Vaadin lists only the views the
     * caller may open, so the navigation follows the same rules as the access control.
     */
    private SideNav section(String id, String titleKey, List<MenuEntry> entries) {
        SideNav nav = new SideNav(getTranslation(titleKey));
        nav.setId(id);
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private static boolean isAdminArea(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        return path.equals(ADMIN_AREA) || path.startsWith(ADMIN_AREA + "/");
    }

    /** Signing out is a form POST to /logout (see {@code SignOutServlet}), which audits it and ends the session. */
    private static void signOut() {
        UI.getCurrent().getPage().executeJs("const form = document.createElement('form');"
                + "form.method = 'post'; form.action = 'logout'; document.body.appendChild(form); form.submit();");
    }
}
