package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SignIn;
import selfserve.identity.api.SignInResult;
import selfserve.identity.api.SignedIn;
import selfserve.identity.api.SignInResult.Outcome;
import selfserve.identity.domain.ApiToken;
import selfserve.identity.domain.PasswordHasher;
import selfserve.identity.domain.SignInThrottle;
import selfserve.identity.domain.TokenSecret;
import selfserve.identity.domain.User;

/** Checks passwords and API tokens; open to callers who are not signed in yet, by its nature. */
@Stateless
@PermitAll
public class SignInBean implements SignIn {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Inject
    private IdentityRepository repository;

    @Inject
    private IdentityAudit audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Event<SignedIn> signedInEvents;

    @Override
    public SignInResult signIn(String email, String password) {
        return checkPassword(email, password, true);
    }

    @Override
    public SignInResult verifyPassword(String email, String password) {
        return checkPassword(email, password, false);
    }

    private SignInResult checkPassword(String email, String password, boolean auditSuccess) {
        Optional<User> found = repository.userByEmail(email);
        if (found.isEmpty()) {
            HASHER.matchNothing(password);
            audit.unknownName(email, IdentityAudit.SIGN_IN_FAILED);
            return SignInResult.refused(Outcome.INVALID_CREDENTIALS);
        }
        User user = found.get();
        Instant now = clock.instant();
        Duration wait = SignInThrottle.remainingWait(user.failedSignIns(), user.lastFailedSignIn(), now);
        if (!wait.isZero()) {
            SignInResult throttled = SignInResult.throttled(wait);
            audit.refused(user, email, IdentityAudit.SIGN_IN_THROTTLED, "wait " + throttled.retryAfterSeconds() + "s");
            return throttled;
        }
        if (!HASHER.matches(password, user.passwordHash())) {
            repository.countFailedSignIn(user, now);
            audit.refused(user, email, IdentityAudit.SIGN_IN_FAILED, "wrong password");
            return SignInResult.refused(Outcome.INVALID_CREDENTIALS);
        }
        if (!user.isActive()) {
            audit.refused(user, email, IdentityAudit.SIGN_IN_FAILED, "user disabled");
            return SignInResult.refused(Outcome.DISABLED);
        }
        repository.resetFailedSignIns(user);
        if (repository.recordSignIn(user, now)) {
            signedInEvents.fire(new SignedIn(user.id(), user.tenant().id(), now));
        }
        if (auditSuccess) {
            audit.byUser(user, IdentityAudit.SIGN_IN, null);
        }
        return signedIn(user);
    }

    @Override
    public SignInResult verifyToken(String token) {
        if (token == null || !token.startsWith(TokenSecret.PREFIX)) {
            return SignInResult.refused(Outcome.INVALID_CREDENTIALS);
        }
        return repository.tokenBySecretHash(TokenSecret.hash(token))
                .filter(t -> t.isValidAt(clock.instant()))
                .map(ApiToken::user)
                .map(this::signedIn)
                .orElseGet(() -> SignInResult.refused(Outcome.INVALID_CREDENTIALS));
    }

    @Override
    public SignInResult recheck(UUID principal) {
        return repository.user(principal)
                .filter(User::isActive)
                .map(this::signedIn)
                .orElseGet(() -> SignInResult.refused(Outcome.DISABLED));
    }

    @Override
    @RolesAllowed(Roles.USER)
    public void signOut() {
        audit.byUser(currentUser.of(session.getCallerPrincipal()), IdentityAudit.SIGN_OUT, null);
    }

    private SignInResult signedIn(User user) {
        boolean partner = !repository.delegationsOf(user).isEmpty();
        return SignInResult.signedIn(user.id(), Groups.of(user, partner));
    }
}
