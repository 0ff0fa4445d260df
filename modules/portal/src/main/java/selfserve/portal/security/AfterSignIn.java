package selfserve.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where the browser goes after signing in: a page that sent the person to sign in (the Buy page, say)
 * leaves its own path here; anything else lands on the home page. Only paths inside the portal are
 * accepted, so the sign-in form cannot be made to send anyone elsewhere.
 */
public final class AfterSignIn {

    private static final String ATTRIBUTE = AfterSignIn.class.getName();

    private AfterSignIn() {
    }

    /** Remembers a path of the portal, such as {@code buy/CFQ7TTC0H9MP}, for after the next sign-in. */
    public static void remember(HttpSession session, String path) {
        if (path.matches("[A-Za-z0-9/_-]*")) {
            session.setAttribute(ATTRIBUTE, path);
        }
    }

    /** The path to go to after signing in, relative to the context, forgetting it. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object path = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return "/" + (path == null ? "" : path);
    }
}
