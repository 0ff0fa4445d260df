package selfserve.portal.ui.purchaser.buy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.shared.Registration;

/**
 * The first step of buying for someone not signed in: their work email. The page decides what
 * follows; an email of nobody's organization is answered here, in so many words.
 */
public class EmailStep extends VerticalLayout {

    private final EmailField email = new EmailField();
    private final Paragraph unknown = new Paragraph();

    public EmailStep() {
        setPadding(false);
        H2 title = new H2(getTranslation("buy.email.title"));
        title.setId("buy-email-title");

        email.setId("buy-email");
        email.setLabel(getTranslation("login.email"));
        email.setHelperText(getTranslation("buy.email.help"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("login.error.emailRequired"));
        email.setWidthFull();
        email.addValueChangeListener(event -> unknown.setVisible(false));

        Button next = new Button(getTranslation("buy.email.continue"), click -> submit());
        next.setId("buy-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER).listenOn(this);

        unknown.setId("buy-unknown-email");
        unknown.getStyle().set("color", "var(--lumo-error-text-color)");
        unknown.setVisible(false);

        add(title, new Paragraph(getTranslation("buy.email.intro")), email, unknown, next);
    }

    private void submit() {
        String typed = email.getValue() == null ? "" : email.getValue().strip();
        if (typed.isEmpty() || email.isInvalid()) {
            email.setInvalid(true);
            email.focus();
            return;
        }
        fireEvent(new ContinueEvent(this, typed));
    }

    /** Says that this email belongs to no organization that uses SelfServe. */
    public void showUnknown() {
        unknown.setText(getTranslation("buy.email.unknown"));
        unknown.setVisible(true);
        email.focus();
    }

    public Registration addContinueListener(ComponentEventListener<ContinueEvent> listener) {
        return addListener(ContinueEvent.class, listener);
    }

    /** The person gave their work email and wants to go on. */
    public static class ContinueEvent extends ComponentEvent<EmailStep> {

        private final String email;

        ContinueEvent(EmailStep source, String email) {
            super(source, false);
            this.email = email;
        }

        public String email() {
            return email;
        }
    }
}
