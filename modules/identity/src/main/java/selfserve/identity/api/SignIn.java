package selfserve.identity.api;

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

    /** The caller signs out of the portal. */
    void signOut();
}
