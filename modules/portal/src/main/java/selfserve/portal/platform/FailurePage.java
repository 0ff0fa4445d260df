package selfserve.portal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import selfserve.audit.api.Correlation;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;
import selfserve.portal.rest.problem.Problems;

/**
 * What the server answers when something fails outside JAX-RS and Vaadin (in authentication, say), in
 * place of the server's own error page with its stack trace: a problem detail for the REST API, a short
 * localized page for a browser, and the whole error in the log under the correlation id.
 */
@WebServlet("/failure")
public class FailurePage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FailurePage.class.getName());

    @Inject
    private Problems problems;

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage requestLanguage;

    @Inject
    private Correlation correlation;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String failedPath = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failedPath == null) { // asked for directly: there is no failure to report
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (refusedAddress(error)) {
            // The client's mistake, not a failure: the web container refused the address before any servlet ran.
            LOG.fine(() -> "Request address refused: " + failedPath + ", correlation id " + correlation.id());
            if (!response.isCommitted() && failedPath.startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "REQUEST_URI_INVALID");
                return;
            }
        }
        LOG.log(Level.SEVERE, error, () -> "Request " + failedPath + " failed, correlation id " + correlation.id());
        if (response.isCommitted()) { // the answer was on its way (the browser may have gone): nothing more to say
            return;
        }
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (failedPath.startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, status, "INTERNAL_ERROR");
            return;
        }
        SupportedLocale language = requestLanguage.of(request);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        write(response, "<!doctype html><html lang=\"" + language.tag() + "\"><meta charset=\"utf-8\"><title>"
                + translations.translate("error.unexpected.title", language) + "</title><h1>"
                + translations.translate("error.unexpected.title", language) + "</h1><p>"
                + translations.translate("error.unexpected.message", language, correlation.id()) + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">" + translations.translate("error.back", language)
                + "</a></p></html>");
    }

    /**
     * Whether Liberty's web container refused the request's address (message CWWWC0005I: an encoded slash or
     * characters a URI may not hold), which it reports as an exception of the request rather than a 400.
     */
    static boolean refusedAddress(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().startsWith("CWWWC0005I")) {
                return true;
            }
        }
        return false;
    }

    /** Through the writer, or the output stream if the failed request had already taken that. */
    private static void write(HttpServletResponse response, String html) throws IOException {
        try {
            response.getWriter().write(html);
        } catch (IllegalStateException streamTaken) {
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
