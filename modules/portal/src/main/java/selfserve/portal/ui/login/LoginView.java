package selfserve.portal.ui.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import selfserve.portal.ui.Brand;
import selfserve.portal.ui.LanguageSwitcher;
import selfserve.portal.ui.PortalSession;
import selfserve.portal.ui.SignedIn;

/**
 * The sign-in form. It posts to {@code /login} as a plain HTML form, where the authentication mechanism
 * checks the password, renews the session id and sends the browser on, or back here with the reason.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("selfserve-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.setId("login-notice");
        notice.setVisible(false);

        LanguageSwitcher languages = new LanguageSwitcher(PortalSession::show);
        Div card = new Div(Brand.create(), notice, form);
        card.addClassName("selfserve-login-card");
        add(languages, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("signedOut")) {
            notice.setText(getTranslation("login.signedOut"));
            notice.setVisible(true);
        }
        if (SignedIn.now()) {
            event.forwardTo("");
            return;
        }
        form.setI18n(i18n(event.getLocation().getQueryParameters()));
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private LoginI18n i18n(QueryParameters query) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        Map<String, List<String>> parameters = query.getParameters();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (parameters.getOrDefault("error", List.of()).contains("throttled")) {
            error.setTitle(getTranslation("login.error.throttled.title"));
            error.setMessage(getTranslation("login.error.throttled.message", retrySeconds(parameters)));
        } else {
            error.setTitle(getTranslation("login.error.invalid.title"));
            error.setMessage(getTranslation("login.error.invalid.message"));
        }
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private static long retrySeconds(Map<String, List<String>> parameters) {
        try {
            return Long.parseLong(parameters.getOrDefault("retry", List.of("1")).getFirst());
        } catch (NumberFormatException tampered) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title.login");
    }
}
