package selfserve.portal.ui;

import com.vaadin.cdi.annotation.VaadinSessionScoped;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import java.io.Serializable;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.SupportedLocale;

/**
 * The signed-in person for the rest of their session. The first time it is asked for, it switches the
 * session to the language the person saved, so each sign-in starts in their language.
 */
@VaadinSessionScoped
public class PortalSession implements Serializable {

    @Inject
    private Profile profile;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = profile.current();
            SupportedLocale.ofTag(caller.locale()).ifPresent(PortalSession::show);
        }
        return caller;
    }

    /** Saves a newly chosen language on the user and shows it at once. */
    public void choose(SupportedLocale language) {
        profile.saveLocale(language);
        caller = profile.current();
        show(language);
    }

    /** Shows a language for the rest of the session, and in this browser's next session. */
    public static void show(SupportedLocale language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        LanguageCookie.write(language);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(language.locale());
        }
    }
}
