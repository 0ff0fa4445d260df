package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes the dispatcher once the transaction that wrote a notice has committed (never if it rolled back); one run
 * at a time ({@link DispatchWakeUps}).
 */
@ApplicationScoped
public class DispatchAfterCommit {

    @Inject
    private Dispatcher dispatcher;

    @Inject
    private DispatchWakeUps wakeUps;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWritten written) {
        if (wakeUps.request()) {
            try {
                dispatcher.dispatchSoon();
            } catch (RuntimeException e) {
                wakeUps.abandon();
                throw e;
            }
        }
    }
}
