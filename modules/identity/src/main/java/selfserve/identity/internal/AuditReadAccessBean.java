package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import selfserve.audit.api.AuditReadAccess;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.domain.TenantAccess;
import selfserve.identity.domain.User;

/**
 * Who reads a tenant's audit log and events feed: its Global admins and Global readers, and partners whose
 * delegation gives them one of those roles. Asked by the audit module, which cannot depend on identity.
 * Open to every signed-in person so that a member is refused like an admin of another role is: FORBIDDEN in
 * their own tenant, TENANT_NOT_FOUND for any other.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class AuditReadAccessBean implements AuditReadAccess {

    static final Set<Role> READERS = Set.of(Role.GLOBAL_ADMIN, Role.GLOBAL_READER);

    @Inject
    private IdentityRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private SessionContext session;

    @Override
    public UUID require(UUID tenantId) {
        User caller = currentUser.of(session.getCallerPrincipal());
        UUID wanted = tenantId == null ? caller.tenant().id() : tenantId;
        return switch (TenantAccess.decide(caller, repository.delegationsOf(caller), wanted, READERS)) {
            case ALLOWED -> wanted;
            case FORBIDDEN -> throw SelfServeException.forbidden("FORBIDDEN");
            case NOT_FOUND -> throw SelfServeException.notFound("TENANT_NOT_FOUND", wanted);
        };
    }
}
