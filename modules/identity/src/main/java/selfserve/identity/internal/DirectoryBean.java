package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Directory;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.User;

/**
 * Open to callers who are not signed in, as the original's buy flow is: it tells whether an email
 * belongs to some tenant, nothing about which one or whose. Changing a person is for their admins only.
 */
@Stateless
@PermitAll
public class DirectoryBean implements Directory {

    static final Set<Role> USER_ADMINS = Set.of(Role.GLOBAL_ADMIN, Role.USER_ADMIN);

    @Inject
    private IdentityRepository repository;

    @Inject
    private AdminScope scope;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private IdentityAudit audit;

    @Resource
    private SessionContext session;

    @Override
    public boolean isUser(String email) {
        return email != null && repository.userByEmail(email).isPresent();
    }

    @Override
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.USER_ADMIN, Roles.PARTNER})
    public UserStatus changeStatus(UUID tenantId, UUID userId, UserStatus status) {
        Objects.requireNonNull(status, "status");
        TenantRef tenant = scope.require(tenantId, USER_ADMINS);
        User admin = currentUser.of(session.getCallerPrincipal());
        User user = repository.user(userId).filter(u -> u.tenant().id().equals(tenant.id()))
                .orElseThrow(() -> SelfServeException.notFound("USER_NOT_FOUND"));
        if (user.id().equals(admin.id())) {
            throw SelfServeException.conflict("CANNOT_DISABLE_SELF");
        }
        UserStatus before = user.status();
        if (before != status) {
            user.changeStatus(status);
            audit.adminChange(admin, user.tenant(), IdentityAudit.USER_STATUS_CHANGED, user.id().toString(), before.name(),
                    status.name());
        }
        return status;
    }
}
