package selfserve.identity.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.identity.domain.TenantAccess;
import selfserve.identity.domain.User;

/** The tenant checks of admin views, the same rule as the purchase policy's (see TenantAccess). */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class AdminScopeBean implements AdminScope {

    @Inject
    private IdentityRepository repository;

    @Inject
    private CurrentUser currentUser;

    @Resource
    private SessionContext session;

    @Override
    public TenantRef require(UUID tenantId, Set<Role> roles) {
        User caller = currentUser.of(session.getCallerPrincipal());
        UUID wanted = tenantId == null ? caller.tenant().id() : tenantId;
        return switch (TenantAccess.decide(caller, repository.delegationsOf(caller), wanted, roles)) {
            case ALLOWED -> repository.tenant(wanted).orElseThrow().ref();
            case FORBIDDEN -> throw SelfServeException.forbidden("FORBIDDEN");
            case NOT_FOUND -> throw SelfServeException.notFound("TENANT_NOT_FOUND", wanted);
        };
    }

    @Override
    public Map<UUID, Person> people(UUID tenantId, Set<UUID> userIds) {
        TenantRef tenant = require(tenantId, Set.of(Role.values()));
        return repository.peopleOf(tenant.id(), userIds).stream().collect(Collectors.toMap(Person::id, person -> person));
    }

    @Override
    public String currency(UUID tenantId, Set<Role> roles) {
        return repository.tenant(require(tenantId, roles).id()).orElseThrow().currency();
    }
}
