package selfserve.identity.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as the portal and the REST API show them.
 *
 * @param currency         the tenant's currency (ISO 4217), in which self-service prices are shown and charged
 * @param locale           the user's saved language (a BCP 47 tag), or the tenant's default when none is saved
 * @param delegatedTenants the customer tenants a partner administers; empty for everyone else
 */
public record Caller(UUID userId, String displayName, String email, TenantRef tenant, String currency, Set<Role> roles,
                     String locale, List<TenantRef> delegatedTenants) {

    public Caller {
        roles = Set.copyOf(roles);
        delegatedTenants = List.copyOf(delegatedTenants);
    }

    /** Whether this person may open the admin section: an admin role here, or a partner delegation. */
    public boolean seesAdminSection() {
        return !roles.isEmpty() || !delegatedTenants.isEmpty();
    }
}
