package selfserve.licensing.internal;

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
 * Takes back the unused licenses whose announced grace period ended, on a schedule (hourly unless
 * {@code selfserve.reclaims.interval-seconds} says otherwise). Not persistent: what is due is in the
 * database, so a restart loses nothing; several servers may run it (see ReclaimStep).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReclaimRun {

    private static final Logger LOG = Logger.getLogger(ReclaimRun.class.getName());
    static final int BATCH = 100;

    @Inject
    @ConfigProperty(name = "selfserve.reclaims.interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    @Resource
    private TimerService timers;

    @Inject
    private LicensingRepository repository;

    @Inject
    private ReclaimStep step;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("license reclaims", false));
    }

    @Timeout
    void onSchedule() {
        try {
            reclaimDue();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Reclaim run failed; the next run tries again", e);
        }
    }

    /** Reclaims what is due now; answers how many. A batch in which nothing could be done ends the run. */
    public int reclaimDue() {
        int reclaimed = 0;
        List<UUID> due;
        int inBatch;
        do {
            due = repository.reclaimsDue(clock.instant(), BATCH);
            inBatch = 0;
            for (UUID assignment : due) {
                inBatch += reclaim(assignment);
            }
            reclaimed += inBatch;
        } while (due.size() == BATCH && inBatch > 0);
        return reclaimed;
    }

    private int reclaim(UUID assignment) {
        try {
            return step.reclaim(assignment) ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Reclaiming license assignment " + assignment + " failed; tried again later");
            return 0;
        }
    }
}
