package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.domain.TenantAccess;
import selfserve.identity.domain.User;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserStatus;

/** People lookups for licensing, limited to the caller's tenant or one they administer. */
@Stateless
@RolesAllowed(Roles.USER)
public class ColleaguesBean implements Colleagues {

    @Inject
    private IdentityRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private SessionContext session;

    @Override
    public List<Colleague> search(UUID tenantId, String text, int limit) {
        UUID tenant = readable(tenantId);
        String needle = text == null ? "" : text.strip();
        int capped = Math.clamp(limit, 1, MOST_RESULTS);
        return repository.assignablePeople(tenant, needle, capped).stream().map(ColleaguesBean::colleague).toList();
    }

    @Override
    public Map<UUID, Colleague> find(UUID tenantId, Set<UUID> userIds) {
        UUID tenant = readable(tenantId);
        return repository.usersOf(tenant, userIds).stream()
                .collect(Collectors.toMap(User::id, ColleaguesBean::colleague));
    }

    @Override
    public List<Colleague> withAnyRole(UUID tenantId, Set<Role> roles) {
        return repository.holdersOf(readable(tenantId), roles).stream().filter(User::isActive)
                .map(ColleaguesBean::colleague).toList();
    }

    @Override
    public List<Activity> inactiveSince(UUID tenantId, Instant cutoff) {
        User caller = currentUser.of(session.getCallerPrincipal());
        UUID tenant = tenantId == null ? caller.tenant().id() : tenantId;
        return switch (TenantAccess.decide(caller, repository.delegationsOf(caller), tenant, Set.of(Role.values()))) {
            case ALLOWED -> repository.inactiveSince(tenant, cutoff).stream()
                    .map(user -> new Activity(user.id(), user.displayName(), user.email(),
                            user.status() == UserStatus.DISABLED, user.lastSignIn()))
                    .toList();
            case FORBIDDEN -> throw SelfServeException.forbidden("FORBIDDEN");
            case NOT_FOUND -> throw SelfServeException.notFound("TENANT_NOT_FOUND", tenant);
        };
    }

    private UUID readable(UUID tenantId) {
        User caller = currentUser.of(session.getCallerPrincipal());
        if (tenantId == null || tenantId.equals(caller.tenant().id())) {
            return caller.tenant().id();
        }
        return switch (TenantAccess.decide(caller, repository.delegationsOf(caller), tenantId, Set.of(Role.values()))) {
            case ALLOWED -> tenantId;
            case FORBIDDEN, NOT_FOUND -> throw SelfServeException.notFound("TENANT_NOT_FOUND", tenantId);
        };
    }

    private static Colleague colleague(User user) {
        return new Colleague(user.id(), user.displayName(), user.email(), isAssignable(user));
    }

    static boolean isAssignable(User user) {
        return user.isActive() && user.kind() == UserKind.MEMBER;
    }
}
