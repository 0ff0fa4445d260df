package selfserve.commerce.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renews what is due, on a schedule (every minute unless {@code selfserve.renewals.interval-seconds}
 * says otherwise). The timer is not persistent: it starts again with the server, and what is due is in
 * the database, so a restart loses nothing. Several servers may run it at once; the claim in
 * {@link RenewalStep} lets exactly one renew each subscription.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a run that overlaps the next is harmless, see RenewalStep
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenewalRun {

    private static final Logger LOG = Logger.getLogger(RenewalRun.class.getName());
    static final int BATCH = 100;

    @Inject
    @ConfigProperty(name = "selfserve.renewals.interval-seconds", defaultValue = "60")
    private long intervalSeconds;

    @Resource
    private TimerService timers;

    @Inject
    private CommerceRepository repository;

    @Inject
    private RenewalStep step;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("subscription renewals", false));
    }

    @Timeout
    void onSchedule() {
        try {
            renewDue();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Renewal run failed; the next run tries again", e);
        }
    }

    /** Renews every subscription that is due now and answers how many this run handled. */
    public int renewDue() {
        int handled = 0;
        List<UUID> due;
        do {
            due = repository.dueForRenewal(clock.instant(), BATCH);
            for (UUID subscription : due) {
                if (step.claim(subscription)) {
                    handled += renew(subscription);
                }
            }
        } while (due.size() == BATCH);
        remindUpcoming();
        return handled;
    }

    /** Announces trials that end soon and annual terms that renew soon (see {@link RenewalStep#remind}). */
    private void remindUpcoming() {
        for (UUID subscription : repository.dueForReminder(clock.instant(), RenewalStep.TRIAL_REMINDER,
                RenewalStep.ANNUAL_REMINDER, BATCH * 10)) {
            try {
                step.remind(subscription);
            } catch (RuntimeException e) {
                // Another server may have announced the same term at the same moment; the next run sees it.
                LOG.log(Level.FINE, e, () -> "Reminder for subscription " + subscription + " not announced this run");
            }
        }
    }

    /** One subscription; its failure is logged and leaves it claimed for a while, not the run stopped. */
    private int renew(UUID subscription) {
        try {
            step.renew(subscription);
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Renewal of subscription " + subscription + " failed; it is tried again later");
            return 0;
        }
    }
}
