package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import selfserve.commerce.api.SubscriptionEvent;
import selfserve.commerce.domain.OrderHistoryLine;

/**
 * Keeps every subscription's order history: each change commerce announces becomes a line, written
 * in the transaction of the change, so the history never misses one nor shows one that was rolled back.
 */
@ApplicationScoped
public class OrderHistory {

    @Inject
    private CommerceRepository repository;

    void record(@Observes SubscriptionEvent event) {
        if (OrderHistoryLine.isRecorded(event.kind())) {
            repository.add(OrderHistoryLine.of(event));
        }
    }
}
