package selfserve.portal.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.i18n.LanguageChoice;
import selfserve.portal.i18n.Translations;

/**
 * Wires the portal into Vaadin when it starts: every navigation passes Vaadin's access control (a view
 * without {@code @PermitAll}, {@code @RolesAllowed} or {@code @AnonymousAllowed} is closed to all);
 * a new session starts in the language last shown in this browser, else the browser's own; a signed-in person's first page switches to theirs;
 * Vaadin's own messages come from the bundles.
 */
@ApplicationScoped
public class AccessControlSetup {

    @Inject
    private Instance<PortalSession> portalSession;

    @Inject
    private Translations translations;

    void wire(@Observes ServiceInitEvent event) {
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView("login");
        event.getSource().addSessionInitListener(sessionInit -> {
            if (sessionInit.getRequest() instanceof VaadinServletRequest request) {
                SupportedLocale language = LanguageCookie.read(request)
                        .or(() -> LanguageChoice.firstSpoken(request.getLocales()))
                        .orElse(SupportedLocale.ENGLISH);
                sessionInit.getSession().setLocale(language.locale());
            }
        });
        event.getSource().addUIInitListener(uiInit -> {
            uiInit.getUI().addBeforeEnterListener(accessControl);
            if (SignedIn.now()) {
                portalSession.get().caller();
            }
            // Screen readers and the browser's font choice for Chinese depend on the page's lang.
            String tag = LanguageChoice.closestTo(uiInit.getUI().getLocale()).tag();
            uiInit.getUI().getElement().executeJs("document.documentElement.lang = $0", tag);
        });
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /** Lets Vaadin's menu list only the views the caller may open (Vaadin's CDI add-on provides none). */
    @Produces
    @VaadinServiceEnabled
    MenuAccessControl menuAccessControl() {
        return new DefaultMenuAccessControl();
    }

    private CustomizedSystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(translations.getTranslation("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(translations.getTranslation("system.sessionExpired.message", locale));
        messages.setInternalErrorCaption(translations.getTranslation("system.internalError.caption", locale));
        messages.setInternalErrorMessage(translations.getTranslation("system.internalError.message", locale));
        return messages;
    }
}
