package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import selfserve.commerce.api.CancelReason;

/**
 * Asks before a subscription is canceled: why, from the list of reasons (required), and anything
 * else the person wants to say (optional). "Cancel subscription" fires a {@link ConfirmEvent} once a
 * reason is chosen; the page calls the subscription service, which decides, and closes the dialog.
 */
public class CancelSubscriptionDialog extends Dialog {

    /** The most feedback the subscription service keeps. */
    static final int FEEDBACK_MAX_LENGTH = 1000;

    private final RadioButtonGroup<CancelReason> reason = new RadioButtonGroup<>();
    private final TextArea feedback = new TextArea();
    private final Button confirm = new Button();

    public CancelSubscriptionDialog(String productName) {
        setId("subscription-cancel-dialog");
        setHeaderTitle(getTranslation("subscription.cancel.dialog.header", productName));
        setWidth("min(36rem, 100%)");

        reason.setId("subscription-cancel-reason");
        reason.setLabel(getTranslation("subscription.cancel.reason"));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setItems(CancelReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("cancel.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.addValueChangeListener(event -> confirm.setEnabled(event.getValue() != null));

        feedback.setId("subscription-cancel-feedback");
        feedback.setLabel(getTranslation("subscription.cancel.feedback"));
        feedback.setHelperText(getTranslation("subscription.cancel.feedback.help", FEEDBACK_MAX_LENGTH));
        feedback.setMaxLength(FEEDBACK_MAX_LENGTH);
        feedback.setWidthFull();

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("subscription.cancel.dialog.text")),
                reason, feedback);
        body.setPadding(false);
        add(body);

        Button keep = new Button(getTranslation("subscription.cancel.keep"), click -> close());
        keep.setId("subscription-cancel-keep");
        confirm.setText(getTranslation("subscription.cancel.confirm"));
        confirm.setId("subscription-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> fireEvent(new ConfirmEvent(this)));
        getFooter().add(keep, confirm);
    }

    public CancelReason reason() {
        return reason.getValue();
    }

    /** What the person wrote, or null when they wrote nothing. */
    public String feedback() {
        String text = feedback.getValue();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** After a refusal the person may correct and try again. */
    public void allowRetry() {
        confirm.setEnabled(reason.getValue() != null);
    }

    public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }

    /** The person confirmed that the subscription is to be canceled, for the reason chosen. */
    public static class ConfirmEvent extends ComponentEvent<CancelSubscriptionDialog> {

        ConfirmEvent(CancelSubscriptionDialog source) {
            super(source, false);
        }
    }
}
