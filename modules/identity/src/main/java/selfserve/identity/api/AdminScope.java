package selfserve.identity.api;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules ask identity before they show or change a tenant's data for an admin: whether the
 * caller holds one of the roles in that tenant (in their own, or as a partner by delegation), and the
 * names of the tenant's people.
 */
public interface AdminScope {

    /**
     * The tenant (null: the caller's own) if the caller holds one of {@code roles} there; otherwise
     * {@code FORBIDDEN} in their own tenant, and {@code TENANT_NOT_FOUND} for any other.
     */
    TenantRef require(UUID tenantId, Set<Role> roles);

    /** Names and emails of the given users of a tenant the caller administers; unknown ids are left out. */
    Map<UUID, Person> people(UUID tenantId, Set<UUID> userIds);

    /** The currency (ISO 4217) a tenant the caller administers in one of {@code roles} is billed in. */
    String currency(UUID tenantId, Set<Role> roles);

    /**
     * A person as an admin view names them.
     *
     * @param status whether they can still sign in; a disabled person stays listed where they bought
     */
    record Person(UUID id, String displayName, String email, UserStatus status) {
    }
}
