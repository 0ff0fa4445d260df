package selfserve.notifications.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers every pending mail that is due: claims it (committed), hands it to SMTP outside any
 * transaction, then records the outcome. Woken after each commit that wrote a notice and by the
 * schedule ({@link MailSchedule}), which also delivers what a server that died left behind once its
 * claim ran out. Safe with several servers: a claim is won by one. Without an SMTP server a batch of due
 * mails is kept for the admins in one update, which no claim needs since nothing leaves the database.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    static final int BATCH = 50;

    @Inject
    private NotificationsRepository repository;

    @Inject
    private DeliveryStep step;

    @Inject
    private MailTransport transport;

    @Inject
    private Clock clock;

    @Inject
    private DispatchWakeUps wakeUps;

    /**
     * Right after a commit, without holding up the request that caused it; again while commits woke it meanwhile
     * (one such run at a time, see {@link DispatchWakeUps}).
     */
    @Asynchronous
    public void dispatchSoon() {
        boolean ended = false;
        try {
            do {
                wakeUps.begin();
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail dispatch failed; the schedule tries again", e);
                }
            } while (wakeUps.again());
            ended = true;
        } finally {
            if (!ended) {
                wakeUps.abandon();
            }
        }
    }

    /** Delivers what is due now and answers how many mails this run sent or kept. */
    public int dispatchDue() {
        String claimant = UUID.randomUUID().toString();
        int delivered = 0;
        List<UUID> due;
        do {
            due = repository.dueForDelivery(clock.instant(), BATCH);
            if (!transport.sends()) {
                delivered += step.keep(due);
                continue;
            }
            for (UUID notice : due) {
                Optional<OutgoingMail> mail = step.claim(notice, claimant);
                if (mail.isPresent() && deliver(mail.get(), claimant)) {
                    delivered++;
                }
            }
        } while (due.size() == BATCH);
        return delivered;
    }

    private boolean deliver(OutgoingMail mail, String claimant) {
        try {
            transport.send(mail);
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.INFO, () -> "Mail of notice " + mail.noticeId() + " not sent (" + error + "); tried again later");
            step.failed(mail.noticeId(), claimant, error);
            return false;
        }
        step.sent(mail.noticeId(), claimant);
        return true;
    }
}
