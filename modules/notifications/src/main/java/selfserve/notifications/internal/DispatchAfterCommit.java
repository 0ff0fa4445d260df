package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Wakes the dispatcher once the transaction that wrote a notice has committed (never if it rolled back). */
@ApplicationScoped
public class DispatchAfterCommit {

    @Inject
    private Dispatcher dispatcher;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeWritten written) {
        dispatcher.dispatchSoon();
    }
}
