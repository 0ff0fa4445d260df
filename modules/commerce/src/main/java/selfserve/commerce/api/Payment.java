package selfserve.commerce.api;

import java.util.UUID;

/** How a purchase is paid: a card the buyer saved before, or a new one. Self-service pays by card only. */
public sealed interface Payment {

    record SavedCard(UUID paymentMethodId) implements Payment {
    }

    record NewCard(CardDetails card) implements Payment {
    }
}
