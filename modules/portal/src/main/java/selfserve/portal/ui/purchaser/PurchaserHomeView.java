package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import selfserve.identity.api.Caller;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.ui.MainLayout;
import selfserve.portal.ui.PortalSession;

/** The purchaser's home: who they are and where their purchases will be. */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class PurchaserHomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public PurchaserHomeView(PortalSession session) {
        Caller caller = session.caller();
        addClassName("selfserve-view");
        H2 welcome = new H2(getTranslation("home.welcome", caller.displayName()));
        welcome.setId("home-welcome");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("selfserve-facts");
        facts.add(new Term(getTranslation("home.fact.organization")), new Description(caller.tenant().name()),
                new Term(getTranslation("home.fact.email")), new Description(caller.email()),
                new Term(getTranslation("home.fact.language")), new Description(languageName(caller)));
        add(welcome, new Paragraph(getTranslation("home.intro")), facts);
    }

    private String languageName(Caller caller) {
        return SupportedLocale.ofTag(caller.locale()).map(l -> getTranslation("language." + l.name())).orElse(caller.locale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.home");
    }
}
