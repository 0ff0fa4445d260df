package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.LostRace;
import selfserve.identity.api.Product;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.RequestFlowSettings;
import selfserve.portal.ui.Refusals;

/**
 * "Request a license" for a product the organization's policy keeps the person from buying: the
 * people who need it (the person first, colleagues found by typing a name or email) and an optional note.
 * When the organization handles requests its own way, its message and link take the form's place.
 */
class RequestLicenseDialog extends Dialog {

    private final MultiSelectComboBox<Colleague> people = new MultiSelectComboBox<>();
    private final TextArea note = new TextArea();

    RequestLicenseDialog(LicenseRequests requests, Colleagues colleagues, Caller caller, Product product,
                         Runnable afterwards) {
        setId("request-dialog");
        setHeaderTitle(getTranslation("licenseRequest.title", product.name()));
        setWidth("34em");
        Button close = new Button(getTranslation("licenseRequest.cancel"), click -> close());
        close.setId("request-cancel");
        getFooter().add(close);

        RequestFlowSettings flow = requests.myFlow();
        if (flow.ownFlow()) {
            ownFlow(flow);
            return;
        }
        people.setId("request-people");
        people.setLabel(getTranslation("licenseRequest.people"));
        people.setHelperText(getTranslation("licenseRequest.people.help", LicenseRequests.MOST_PEOPLE));
        people.setItemLabelGenerator(person -> getTranslation("licenseRequest.person", person.displayName(), person.email()));
        people.setItems(query -> colleagues.search(null, query.getFilter().orElse(""), Colleagues.MOST_RESULTS).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        people.setWidthFull();
        colleagues.find(null, java.util.Set.of(caller.userId())).values().stream()
                .filter(Colleague::assignable).findFirst().ifPresent(me -> people.select(me));

        note.setId("request-note");
        note.setLabel(getTranslation("licenseRequest.note"));
        note.setHelperText(getTranslation("licenseRequest.note.help", LicenseRequests.MOST_NOTE_CHARACTERS));
        note.setMaxLength(LicenseRequests.MOST_NOTE_CHARACTERS);
        note.setWidthFull();
        add(new Paragraph(getTranslation("licenseRequest.intro")), people, note);

        Button send = new Button(getTranslation("licenseRequest.send"), click -> {
            if (send(requests, product)) {
                close();
                afterwards.run();
            }
        });
        send.setId("request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(send);
    }

    /** The organization's own words and link instead of the form; the link opens in a new tab. */
    private void ownFlow(RequestFlowSettings flow) {
        Paragraph message = new Paragraph(flow.message()); // plain text: Vaadin escapes it
        message.setId("request-own-message");
        Anchor link = new Anchor(flow.link(), getTranslation("licenseRequest.ownLink"), AnchorTarget.BLANK);
        link.setId("request-own-link");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        add(message, link);
    }

    private boolean send(LicenseRequests requests, Product product) {
        List<UUID> chosen = people.getSelectedItems().stream().map(Colleague::id).toList();
        if (chosen.isEmpty()) {
            Refusals.showError(getTranslation("problem.NO_PEOPLE_IN_REQUEST.detail"));
            return false;
        }
        try {
            LicenseRequestView sent = requests.request(product.id(), chosen, note.getValue());
            Notification.show(getTranslation("licenseRequest.sent", sent.productName(), sent.people().size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (SelfServeException refused) {
            Refusals.show(refused);
            return false;
        } catch (EJBException failure) {
            if (!LostRace.explains(failure)) {
                throw failure;
            }
            Refusals.showError(getTranslation("problem.CONCURRENT_CHANGE.detail"));
            return false;
        }
    }
}
