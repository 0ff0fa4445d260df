package selfserve.licensing.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The unused-licenses report and reclaiming (beyond the original, where purchasers and people who left
 * leave licenses nobody uses). Every admin role of the tenant (and partners by delegation) reads the report;
 * Global, License and User admins reclaim. Only licenses of central subscriptions are reclaimed: a
 * subscription a user bought is theirs until an admin takes it over ({@code PURCHASED_BY_USER}, R-29).
 */
public interface UnusedLicenses {

    int MOST_DAYS = 3650;
    int LONGEST_GRACE_DAYS = 30;
    int MOST_AT_ONCE = 500;

    /**
     * The current licenses of the tenant ({@code null}: the caller's own) whose holder is disabled or has not
     * signed in for {@code days} days (1 to {@value #MOST_DAYS}), assigned at least that long ago; by
     * product, then by name.
     */
    List<UnusedLicense> report(UUID tenantId, int days);

    /**
     * Takes the chosen licenses (up to {@value #MOST_AT_ONCE}) back at once, or, with {@code notifyFirst},
     * tells each holder that it goes back in {@code graceDays} (1 to {@value #LONGEST_GRACE_DAYS}) days unless
     * they sign in before. All or nothing; answers how many were reclaimed or announced.
     */
    int reclaim(UUID tenantId, Collection<UUID> assignmentIds, boolean notifyFirst, int graceDays);
}
