package selfserve.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's signed-in caller, kept in the HTTP session between requests.
 *
 * @param checkedAt when identity last confirmed the caller and their roles (see {@link SessionRecheck})
 */
record SessionSignIn(String principal, Set<String> groups, Instant checkedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = SessionSignIn.class.getName();

    SessionSignIn {
        groups = Set.copyOf(groups);
    }

    /** Starts a fresh session id for the signed-in caller, so an id known before sign-in is worth nothing. */
    void storeIn(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** Replaces the session's caller by this one, confirmed again; the session id stays. */
    void replaceIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static Optional<SessionSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionSignIn) session.getAttribute(ATTRIBUTE));
    }
}
