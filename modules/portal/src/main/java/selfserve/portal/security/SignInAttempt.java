package selfserve.portal.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import selfserve.identity.api.SignInResult;

/**
 * The outcome of this request's credential check, kept for the authentication mechanism: a Jakarta
 * {@code CredentialValidationResult} says only valid or invalid, but a throttled sign-in deserves its
 * own answer (429 with Retry-After, or the portal's "try again later").
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    Optional<SignInResult> result() {
        return Optional.ofNullable(result);
    }
}
