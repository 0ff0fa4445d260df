package selfserve.portal.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;

/** Anything that broke while a page was built: logged with a reference the person can pass on. */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorView.class.getName());

    @Inject
    private Correlation correlation;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = correlation.id();
        LOG.log(Level.SEVERE, parameter.getCaughtException(), () -> "Page failed, correlation id " + reference);
        addClassName("selfserve-view");
        add(new H2(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected.message", reference)),
                new Anchor("", getTranslation("error.back")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
