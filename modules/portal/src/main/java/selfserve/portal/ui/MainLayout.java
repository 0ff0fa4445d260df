package selfserve.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import selfserve.identity.api.Caller;
import selfserve.identity.api.SignIn;
import selfserve.portal.ui.admin.AdminHomeView;
import selfserve.portal.ui.purchaser.PurchaserHomeView;

/**
 * The shell around every signed-in view: brand, who is signed in, language and sign-out on top; the
 * purchaser section for everyone and the admin section for admins and partners in the drawer.
 */
public class MainLayout extends AppLayout {

    private final SignIn signIn;

    @Inject
    public MainLayout(PortalSession session, SignIn signIn) {
        this.signIn = signIn;
        Caller caller = session.caller();
        addToNavbar(header(caller, session));
        addToDrawer(purchaserSection());
        if (caller.seesAdminSection()) {
            addToDrawer(adminSection());
        }
        setPrimarySection(Section.DRAWER);
    }

    private Div header(Caller caller, PortalSession session) {
        Span user = new Span(getTranslation("header.signedInAs", caller.displayName(), caller.tenant().name()));
        user.setId("signed-in-user");
        user.addClassName("selfserve-user");
        Div spacer = new Div();
        spacer.addClassName("selfserve-spacer");
        Button signOut = new Button(getTranslation("header.signOut"), VaadinIcon.SIGN_OUT.create(), click -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new DrawerToggle(), Brand.create(), spacer, user, new LanguageSwitcher(session::choose), signOut);
        header.addClassName("selfserve-header");
        return header;
    }

    private SideNav purchaserSection() {
        SideNav nav = new SideNav(getTranslation("nav.section.purchases"));
        nav.setId("nav-purchaser");
        nav.addItem(new SideNavItem(getTranslation("nav.home"), PurchaserHomeView.class, VaadinIcon.HOME.create()));
        return nav;
    }

    private SideNav adminSection() {
        SideNav nav = new SideNav(getTranslation("nav.section.admin"));
        nav.setId("nav-admin");
        nav.addItem(new SideNavItem(getTranslation("nav.adminHome"), AdminHomeView.class, VaadinIcon.COG.create()));
        return nav;
    }

    private void signOut() {
        signIn.signOut();
        UI.getCurrent().getPage().setLocation("login?signedOut");
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException alreadySignedOut) {
            // the session is invalidated below either way
        }
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
