package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import selfserve.commerce.api.DemoPurchasesSeeded;
import selfserve.commerce.api.SubscriptionRecord;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.SeatPool;

/**
 * Demo mode: seats for every demo subscription and some of them assigned, e.g. anna@contoso.se's Power BI
 * Pro to four colleagues (4 of 10). Adds only what is missing, so a restart changes nothing.
 */
@ApplicationScoped
public class DemoLicenses {

    private static final Logger LOG = Logger.getLogger(DemoLicenses.class.getName());
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";

    /** Who holds what: the purchaser's (or, when central, the organization's) subscription of a product. */
    private static final List<DemoHolding> HOLDINGS = List.of(
            new DemoHolding("anna@contoso.se", false, POWER_BI_PRO,
                    List.of("anna@contoso.se", "erik@contoso.se", "karin@contoso.se", "licenses@contoso.se")),
            new DemoHolding("anna@contoso.se", false, VISIO_PLAN_2, List.of("anna@contoso.se", "erik@contoso.se")),
            new DemoHolding("admin@contoso.se", true, POWER_BI_PRO,
                    List.of("admin@contoso.se", "billing@contoso.se", "reader@contoso.se")),
            new DemoHolding("li.wei@contoso.cn", false, POWER_BI_PRO, List.of("li.wei@contoso.cn", "admin@contoso.cn")),
            new DemoHolding("chen.mei@contoso.tw", false, "CFQ7TTC0HD33", List.of("chen.mei@contoso.tw")));

    private record DemoHolding(String owner, boolean central, String productId, List<String> holders) {
    }

    @Inject
    private LicensingRepository repository;

    @Inject
    private Clock clock;

    void seed(@Observes DemoPurchasesSeeded seeded) {
        seeded.subscriptions().forEach(this::ensurePool);
        int added = 0;
        for (DemoHolding holding : HOLDINGS) {
            DemoPerson owner = seeded.people().get(holding.owner());
            Optional<SubscriptionRecord> subscription = seeded.subscriptions().stream()
                    .filter(s -> s.productId().equals(holding.productId()) && s.isRunning()
                            && owner.tenantId().equals(s.tenantId())
                            && (holding.central() ? s.purchaserId() == null : owner.userId().equals(s.purchaserId())))
                    .findFirst();
            if (subscription.isPresent()) {
                added += assign(subscription.get(), owner, holding, seeded.people());
            }
        }
        int assignments = added;
        LOG.info(() -> "Demo mode: " + assignments + " demo license assignments added");
    }

    private void ensurePool(SubscriptionRecord subscription) {
        if (repository.pool(subscription.id()).isEmpty()) {
            SeatPool pool = new SeatPool(subscription.id(), subscription.tenantId(), subscription.productId(),
                    subscription.purchaserId(), subscription.quantity());
            if (!subscription.isRunning()) {
                pool.stop();
            }
            repository.add(pool);
        }
    }

    /** Locks the pool only when something is missing: a restart that adds nothing needs no transaction here. */
    private int assign(SubscriptionRecord subscription, DemoPerson owner, DemoHolding holding,
                       Map<String, DemoPerson> people) {
        SeatPool pool = repository.pool(subscription.id()).orElseThrow();
        List<DemoPerson> newcomers = holding.holders().stream()
                .map(people::get)
                .filter(person -> repository.currentHoldings(pool.tenantId(), pool.productId(), List.of(person.userId()))
                        .isEmpty())
                .toList();
        if (newcomers.isEmpty() || newcomers.size() > pool.free()) {
            return 0;
        }
        SeatPool locked = repository.lockedPool(subscription.id()).orElseThrow();
        locked.take(newcomers.size());
        newcomers.forEach(person -> repository.add(new Assignment(locked, person.userId(), owner.userId(), clock.instant())));
        return newcomers.size();
    }
}
