package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.ApiTokenInfo;
import selfserve.identity.api.ApiTokens;
import selfserve.identity.api.IssuedApiToken;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.domain.ApiToken;
import selfserve.identity.domain.TokenSecret;
import selfserve.identity.domain.User;

/** Every signed-in user manages their own tokens, and only their own. */
@Stateless
@RolesAllowed(Roles.USER)
public class ApiTokensBean implements ApiTokens {

    static final int LONGEST_LABEL = 100;

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

    @Override
    public IssuedApiToken issue(String label, Duration validity) {
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > LONGEST_LABEL) {
            throw SelfServeException.invalid("TOKEN_LABEL_INVALID", LONGEST_LABEL);
        }
        Duration lifetime = validity == null ? DEFAULT_VALIDITY : validity;
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_VALIDITY) > 0) {
            throw SelfServeException.invalid("TOKEN_VALIDITY_OUT_OF_RANGE", 1, LONGEST_VALIDITY.toDays());
        }
        User user = caller();
        Instant now = clock.instant();
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(user, TokenSecret.hash(secret), cleanLabel, now, now.plus(lifetime));
        repository.add(token);
        audit.byUser(user, IdentityAudit.API_TOKEN_ISSUED, token.id().toString());
        return new IssuedApiToken(token.id(), cleanLabel, secret, now, now.plus(lifetime));
    }

    @Override
    public List<ApiTokenInfo> mine() {
        return repository.tokensOf(caller()).stream().map(ApiToken::info).toList();
    }

    @Override
    public void revoke(UUID tokenId) {
        User user = caller();
        ApiToken token = repository.tokensOf(user).stream()
                .filter(t -> t.id().equals(tokenId))
                .findFirst()
                .orElseThrow(() -> SelfServeException.notFound("TOKEN_NOT_FOUND"));
        token.revoke(clock.instant());
        audit.byUser(user, IdentityAudit.API_TOKEN_REVOKED, tokenId.toString());
    }

    private User caller() {
        return currentUser.of(session.getCallerPrincipal());
    }
}
