package selfserve.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The people of a tenant as licensing sees them: whom a license may go to (R-22: active members of the same
 * tenant; no guests, no disabled users). The caller's own tenant is open to every user; another tenant only
 * to its admins and partners by delegation (anyone else gets {@code TENANT_NOT_FOUND}).
 */
public interface Colleagues {

    /** The most people one search answers with. */
    int MOST_RESULTS = 50;

    /**
     * Assignable people of the tenant ({@code null}: the caller's own) whose name or email contains
     * {@code text} (any case), by name; at most {@code limit} (capped at {@value #MOST_RESULTS}).
     */
    List<Colleague> search(UUID tenantId, String text, int limit);

    /** The given people of the tenant as they are now, assignable or not; ids of nobody there are left out. */
    Map<UUID, Colleague> find(UUID tenantId, Set<UUID> userIds);

    /** The active people of the tenant holding any of these roles (whom a license request goes to, R-35). */
    List<Colleague> withAnyRole(UUID tenantId, Set<Role> roles);

    /**
     * For the tenant's admins (and partners by delegation) only: its people who are disabled or have not
     * signed in since {@code cutoff} (or never), for the unused-licenses report.
     */
    List<Activity> inactiveSince(UUID tenantId, Instant cutoff);

    /** When a person last signed in ({@code null}: never), and whether they are disabled. */
    record Activity(UUID userId, String displayName, String email, boolean disabled, Instant lastSignInAt) {
    }

    /** A person of the tenant; {@code assignable} is whether a license may go to them now. */
    record Colleague(UUID id, String displayName, String email, boolean assignable) {
    }
}
