package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Colleagues;
import selfserve.identity.api.Colleagues.Colleague;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseEventKind;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.SeatPool;

/**
 * Gives people licenses of a pool the caller has locked and may change, all or nothing. It writes no audit
 * entry: the operation that grants (an assignment, an approved request) writes the one entry that says so.
 */
@ApplicationScoped
public class LicenseGrants {

    @Inject
    private LicensingRepository repository;

    @Inject
    private Colleagues colleagues;

    @Inject
    private LicenseEvents events;

    @Inject
    private Clock clock;

    /** Licenses those of {@code wanted} who hold none here yet; answers who they were. */
    List<UUID> grant(Caller caller, SeatPool pool, Set<UUID> wanted) {
        Map<UUID, Colleague> people = requireAssignable(pool, wanted);
        List<Assignment> holdings = repository.currentHoldings(pool.tenantId(), pool.productId(), wanted);
        holdings.stream()
                .filter(holding -> !holding.subscriptionId().equals(pool.subscriptionId()))
                .findFirst()
                .ifPresent(elsewhere -> {
                    throw SelfServeException.conflict("ALREADY_LICENSED", people.get(elsewhere.userId()).email());
                });
        Set<UUID> holdersHere = holdings.stream().map(Assignment::userId).collect(Collectors.toSet());
        List<UUID> newcomers = wanted.stream().filter(user -> !holdersHere.contains(user)).toList();
        if (newcomers.isEmpty()) {
            return newcomers;
        }
        pool.take(newcomers.size());
        Instant now = clock.instant();
        newcomers.forEach(user -> {
            repository.add(new Assignment(pool, user, caller.userId(), now));
            events.license(LicenseEventKind.LICENSE_ASSIGNED, pool, user, caller.userId());
        });
        return newcomers;
    }

    /** Only active members of the subscription's tenant may hold its licenses. */
    private Map<UUID, Colleague> requireAssignable(SeatPool pool, Set<UUID> userIds) {
        Map<UUID, Colleague> found = colleagues.find(pool.tenantId(), userIds);
        for (UUID userId : userIds) {
            Colleague person = found.get(userId);
            if (person == null || !person.assignable()) {
                throw SelfServeException.invalid("USER_NOT_ASSIGNABLE", person == null ? userId : person.email());
            }
        }
        return found;
    }
}
