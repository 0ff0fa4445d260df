package selfserve.licensing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.Colleagues.Activity;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.licensing.api.LicenseEvent;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.api.UnusedLicense;
import selfserve.licensing.api.UnusedLicenses;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.AssignmentEnd;
import selfserve.licensing.domain.SeatPool;

/**
 * The unused-licenses report: identity names the tenant's people who are disabled or have not signed in
 * since the cutoff; their licenses older than the cutoff are the report. Reclaiming takes them back under
 * the pools' row locks, or announces it first (see ReclaimRun for what happens when the grace period ends).
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.BILLING_ADMIN, Roles.GLOBAL_READER, Roles.LICENSE_ADMIN, Roles.USER_ADMIN,
        Roles.PARTNER})
public class UnusedLicensesBean implements UnusedLicenses {

    /** Users asked for in one query, to keep the IN list a size every database takes. */
    private static final int USERS_PER_QUERY = 500;

    @Inject
    private LicensingRepository repository;

    @Inject
    private SeatPools pools;

    @Inject
    private AdminScope adminScope;

    @Inject
    private Colleagues colleagues;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private Profile profile;

    @Inject
    private LicenseEvents events;

    @Inject
    private LicensingAudit audit;

    @Inject
    private Clock clock;

    @Override
    public List<UnusedLicense> report(UUID tenantId, int days) {
        TenantRef tenant = adminScope.require(tenantId, EnumSet.allOf(Role.class));
        if (days < 1 || days > MOST_DAYS) {
            throw SelfServeException.invalid("DAYS_OUT_OF_RANGE", 1, MOST_DAYS);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        Map<UUID, Activity> inactive = colleagues.inactiveSince(tenant.id(), cutoff).stream()
                .collect(Collectors.toMap(Activity::userId, Function.identity()));
        Map<String, String> productNames = catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        List<UUID> users = List.copyOf(inactive.keySet());
        List<UnusedLicense> unused = new ArrayList<>();
        for (int from = 0; from < users.size(); from += USERS_PER_QUERY) {
            List<UUID> chunk = users.subList(from, Math.min(users.size(), from + USERS_PER_QUERY));
            for (Object[] row : repository.currentAssignedBefore(tenant.id(), chunk, cutoff)) {
                Assignment assignment = (Assignment) row[0];
                SeatPool pool = (SeatPool) row[1];
                Activity person = inactive.get(assignment.userId());
                unused.add(new UnusedLicense(assignment.id(), pool.subscriptionId(), pool.productId(),
                        productNames.getOrDefault(pool.productId(), pool.productId()), !pool.isSelfService(),
                        person.userId(), person.displayName(), person.email(), person.disabled(), person.lastSignInAt(),
                        assignment.beganAt(), assignment.reclaimAt()));
            }
        }
        unused.sort(Comparator.comparing(UnusedLicense::productName).thenComparing(UnusedLicense::displayName));
        return unused;
    }

    @Override
    public int reclaim(UUID tenantId, Collection<UUID> assignmentIds, boolean notifyFirst, int graceDays) {
        Caller caller = profile.current();
        TenantRef tenant = adminScope.require(tenantId, SeatAccess.ASSIGNING_ROLES);
        Set<UUID> ids = assignmentIds == null ? Set.of() : new LinkedHashSet<>(assignmentIds);
        if (ids.isEmpty() || ids.contains(null)) {
            throw SelfServeException.invalid("NO_LICENSES_CHOSEN");
        }
        if (ids.size() > MOST_AT_ONCE) {
            throw SelfServeException.invalid("TOO_MANY_LICENSES_AT_ONCE", MOST_AT_ONCE, ids.size());
        }
        if (notifyFirst && (graceDays < 1 || graceDays > LONGEST_GRACE_DAYS)) {
            throw SelfServeException.invalid("GRACE_DAYS_OUT_OF_RANGE", 1, LONGEST_GRACE_DAYS);
        }
        List<Assignment> chosen = repository.assignments(ids).stream()
                .filter(a -> a.tenantId().equals(tenant.id()) && a.isCurrent())
                .sorted(Comparator.comparing(Assignment::subscriptionId))
                .toList();
        if (chosen.size() != ids.size()) {
            throw SelfServeException.notFound("LICENSE_NOT_FOUND");
        }
        Instant now = clock.instant();
        Map<UUID, SeatPool> locked = chosen.stream().map(Assignment::subscriptionId).distinct()
                .collect(Collectors.toMap(Function.identity(), pools::locked)); // in subscription order
        if (locked.values().stream().anyMatch(SeatPool::isSelfService)) {
            throw SelfServeException.forbidden("PURCHASED_BY_USER");
        }
        for (Assignment assignment : chosen) {
            SeatPool pool = locked.get(assignment.subscriptionId());
            if (notifyFirst) {
                Instant due = now.plus(Duration.ofDays(graceDays));
                assignment.announceReclaim(due, caller.userId());
                events.fire(new LicenseEvent(LicenseEventKind.RECLAIM_NOTICE, pool.tenantId(), assignment.userId(),
                        caller.userId(), pool.productId(), pool.subscriptionId(), null, 1, null, now, due));
            } else {
                assignment.end(now, caller.userId(), AssignmentEnd.RECLAIMED);
                pool.release(1);
                events.license(LicenseEventKind.LICENSE_REMOVED, pool, assignment.userId(), caller.userId());
            }
        }
        // One entry for the request: about its subscription, or about the tenant when it spans several.
        String action = notifyFirst ? LicensingAudit.RECLAIM_ANNOUNCED : LicensingAudit.LICENSES_RECLAIMED;
        String after = locked.values().stream()
                .map(pool -> (locked.size() == 1 ? "" : pool.subscriptionId() + " ") + chosen.stream()
                        .filter(a -> a.subscriptionId().equals(pool.subscriptionId())).map(Assignment::userId).toList())
                .collect(Collectors.joining("; ")) + (notifyFirst ? " in " + graceDays + " days" : "");
        if (locked.size() == 1) {
            audit.byCaller(caller, locked.values().iterator().next(), action, null, after);
        } else {
            Set<String> products = locked.values().stream().map(SeatPool::productId).collect(Collectors.toSet());
            audit.byCaller(caller, tenant.id(), products.size() == 1 ? products.iterator().next() : null, action, after);
        }
        return chosen.size();
    }
}
