package selfserve.identity.api;

import java.util.UUID;

/**
 * Checks credentials against the identity store. Every portal sign-in, every failure and every
 * sign-out is audited; an API call that authenticates with a password is audited only when it fails,
 * so that automation does not flood the trail.
 */
public interface SignIn {

    /** A person signing in to the portal. */
    SignInResult signIn(String email, String password);

    /** A REST call authenticating with HTTP Basic. */
    SignInResult verifyPassword(String email, String password);

    /** A REST call authenticating with a bearer API token. */
    SignInResult verifyToken(String token);

    /**
     * A portal session's caller, looked up again: signed in with the roles they hold now, or {@code DISABLED}
     * when the user was disabled or is gone. Not audited: it is no sign-in, only the session living on.
     */
    SignInResult recheck(UUID principal);

    /** The caller signs out of the portal. */
    void signOut();
}
