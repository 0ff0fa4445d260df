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
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.licensing.domain.RequestRetention;

/**
 * Purges license requests older than 12 months on a schedule: every hour unless
 * {@code selfserve.license-requests.purge-interval-seconds} says otherwise. The timer is not persistent:
 * it starts again with the server, and what is due is in the database, so a restart loses nothing. Several
 * servers may run it at once (see {@link RequestPurge}).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // an overlapping run deletes nothing twice
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestRetentionRun {

    private static final Logger LOG = Logger.getLogger(RequestRetentionRun.class.getName());

    @Inject
    @ConfigProperty(name = "selfserve.license-requests.purge-interval-seconds", defaultValue = "3600")
    private long intervalSeconds;

    @Resource
    private TimerService timers;

    @Inject
    private RequestPurge purge;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("license request retention", false));
    }

    @Timeout
    void onSchedule() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "License request purge failed; the next run tries again", e);
        }
    }

    /** Purges every request older than the retention allows now and answers how many went. */
    public int purgeExpired() {
        Instant cutoff = RequestRetention.cutoff(clock.instant());
        int purged = 0;
        for (UUID tenant : purge.tenantsWithRequestsBefore(cutoff)) {
            try {
                purged += purge.purge(tenant, cutoff);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Purging the license requests of tenant " + tenant + " failed; tried again later");
            }
        }
        if (purged > 0) {
            int count = purged;
            LOG.info(() -> count + " license requests older than " + RequestRetention.MONTHS_KEPT + " months purged");
        }
        return purged;
    }
}
