package selfserve.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinService;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.i18n.Translations;

/** Shows a service's refusal to the person, in the same words the REST API uses for it. */
public final class Refusals {

    private Refusals() {
    }

    public static String message(SelfServeException refused) {
        Translations translations = (Translations) VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return translations.refusal(refused.code(), UI.getCurrent().getLocale(), refused.arguments());
    }

    public static void show(SelfServeException refused) {
        showError(message(refused));
    }

    public static void showError(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
