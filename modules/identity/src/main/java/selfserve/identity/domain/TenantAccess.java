package selfserve.identity.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.Role;

/**
 * Whether a caller may act on a tenant in one of the given roles: in their own tenant through the roles
 * they hold there, in a customer tenant through a partner delegation. Any other tenant does not
 * exist for the caller.
 */
public final class TenantAccess {

    public enum Decision { ALLOWED, FORBIDDEN, NOT_FOUND }

    private TenantAccess() {
    }

    public static Decision decide(User caller, Collection<PartnerDelegation> delegations, UUID tenantId, Set<Role> roles) {
        if (caller.tenant().id().equals(tenantId)) {
            return caller.roles().stream().anyMatch(roles::contains) ? Decision.ALLOWED : Decision.FORBIDDEN;
        }
        Optional<PartnerDelegation> delegation =
                delegations.stream().filter(d -> d.customerTenant().id().equals(tenantId)).findFirst();
        if (delegation.isEmpty()) {
            return Decision.NOT_FOUND;
        }
        return roles.contains(delegation.get().delegatedRole()) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }
}
