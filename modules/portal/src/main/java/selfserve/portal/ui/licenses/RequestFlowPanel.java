package selfserve.portal.ui.licenses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.ejb.EJBException;
import java.util.UUID;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestFlowSettings;
import selfserve.portal.ui.Refusals;

/**
 * the organization's own message and https link instead of SelfServe's request form. Global admins
 * (and partners for a customer) change it; other admins see what members are shown.
 */
class RequestFlowPanel extends VerticalLayout {

    private final Checkbox own = new Checkbox();
    private final TextArea message = new TextArea();
    private final TextField link = new TextField();

    RequestFlowPanel(LicenseRequests requests, UUID tenantId, boolean mayChange) {
        setPadding(false);
        setId("request-flow");
        RequestFlowSettings settings = requests.flow(tenantId);
        own.setId("request-flow-own");
        own.setLabel(getTranslation("requestFlow.own"));
        message.setId("request-flow-message");
        message.setLabel(getTranslation("requestFlow.message"));
        message.setMaxLength(LicenseRequests.MOST_FLOW_MESSAGE_CHARACTERS);
        message.setWidth("34em");
        link.setId("request-flow-link");
        link.setLabel(getTranslation("requestFlow.link"));
        link.setHelperText(getTranslation("requestFlow.link.help"));
        link.setPlaceholder("https://");
        link.setWidth("34em");
        show(settings);
        add(new H3(getTranslation("requestFlow.title")), new Paragraph(getTranslation("requestFlow.intro")), own, message, link);
        if (!mayChange) {
            own.setReadOnly(true);
            message.setReadOnly(true);
            link.setReadOnly(true);
            return;
        }
        Button save = new Button(getTranslation("requestFlow.save"), click -> {
            try {
                show(requests.changeFlow(tenantId, new RequestFlowSettings(own.getValue(), message.getValue(),
                        link.getValue())));
                Notification.show(getTranslation("requestFlow.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (SelfServeException refused) {
                Refusals.show(refused);
            } catch (EJBException failure) {
                if (!LostRace.explains(failure)) {
                    throw failure;
                }
                Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            }
        });
        save.setId("request-flow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private void show(RequestFlowSettings settings) {
        own.setValue(settings.ownFlow());
        message.setValue(settings.message() == null ? "" : settings.message());
        link.setValue(settings.link() == null ? "" : settings.link());
    }
}
