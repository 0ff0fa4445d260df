package selfserve.notifications.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the dispatcher on a schedule (every 30 seconds unless {@code selfserve.notifications.interval-seconds}
 * says otherwise), first shortly after start-up: retries come due, and mail that a server left pending
 * when it died (its commit done, its delivery not) is sent once its claim has run out. The timer is not
 * persistent; what is due lives in the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // overlapping runs are harmless: claims decide
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "selfserve.notifications.interval-seconds", defaultValue = "30")
    private long intervalSeconds;

    @Resource
    private TimerService timers;

    @Inject
    private Dispatcher dispatcher;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(intervalSeconds).toMillis();
        timers.createIntervalTimer(Duration.ofSeconds(5).toMillis(), interval, new TimerConfig("mail dispatch", false));
    }

    @Timeout
    void onSchedule() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Mail dispatch failed; the next run tries again", e);
        }
    }
}
