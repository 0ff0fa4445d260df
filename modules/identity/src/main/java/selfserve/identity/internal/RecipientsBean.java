package selfserve.identity.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.Recipients;
import selfserve.identity.api.Role;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.User;

/**
 * Open to every caller like the audit trail and the renewal run, because SelfServe itself asks it while
 * nobody is signed in (a renewal at night). It is no remote API: only server code can call it, and what
 * it answers leaves the server only as a notice to that very person (or the tenant's admins).
 */
@Stateless
@PermitAll
public class RecipientsBean implements Recipients {

    @Inject
    private IdentityRepository repository;

    @Override
    public Optional<Recipient> recipient(UUID userId) {
        return userId == null ? Optional.empty() : repository.user(userId).map(RecipientsBean::recipient);
    }

    @Override
    public List<Recipient> holdersOf(UUID tenantId, Set<Role> roles) {
        return repository.holdersOf(tenantId, roles).stream()
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .map(RecipientsBean::recipient).toList();
    }

    private static Recipient recipient(User user) {
        return new Recipient(user.id(), user.tenant().id(), user.tenant().displayName(), user.displayName(), user.email(),
                user.locale().tag(), user.tenant().currency(), user.status() == UserStatus.ACTIVE);
    }
}
