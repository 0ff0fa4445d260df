package selfserve.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.CallerPrincipal;
import selfserve.identity.api.SignIn;
import selfserve.identity.api.SignInResult;

/**
 * The application's only identity store: passwords and API tokens are checked by the identity module.
 * The caller principal's name is the user id; the groups are the role names.
 */
@ApplicationScoped
public class SelfServeIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    @Inject
    private SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        SignInResult result = switch (credential) {
            case PortalSignInCredential form -> signIn.signIn(form.getCaller(), form.getPasswordAsString());
            case UsernamePasswordCredential basic -> signIn.verifyPassword(basic.getCaller(), basic.getPasswordAsString());
            case ApiTokenCredential token -> signIn.verifyToken(token.token());
            default -> null;
        };
        if (result == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.record(result);
        return result.isSignedIn()
                ? new CredentialValidationResult(new CallerPrincipal(result.principal().toString()), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
