package selfserve.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.identity.api.SignIn;
import selfserve.identity.api.SignInResult;

/**
 * A portal session lives only as long as its user may sign in: every {@code selfserve.sessions.recheck-seconds}
 * (30 by default) identity confirms the caller again. A user who was disabled meanwhile loses the session at
 * their next request, and changed roles apply without signing in again. Between checks a request costs nothing.
 */
@ApplicationScoped
public class SessionRecheck {

    @Inject
    private SignIn signIn;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "selfserve.sessions.recheck-seconds", defaultValue = "30")
    private long seconds;

    Instant now() {
        return clock.instant();
    }

    /** The session's caller as identity sees them now; empty, with the session ended, when they may no longer sign in. */
    Optional<SessionSignIn> confirm(SessionSignIn kept, HttpServletRequest request) {
        Instant now = now();
        if (now.isBefore(kept.checkedAt().plusSeconds(seconds))) {
            return Optional.of(kept);
        }
        SignInResult result = signIn.recheck(UUID.fromString(kept.principal()));
        HttpSession session = request.getSession(false);
        if (!result.isSignedIn()) {
            if (session != null) {
                session.invalidate();
            }
            return Optional.empty();
        }
        SessionSignIn confirmed = new SessionSignIn(kept.principal(), result.groups(), now);
        if (session != null) {
            confirmed.replaceIn(session);
        }
        return Optional.of(confirmed);
    }
}
