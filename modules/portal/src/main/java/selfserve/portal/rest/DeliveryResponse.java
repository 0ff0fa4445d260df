package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import selfserve.notifications.api.Delivery;

/** A notice's mail as the tenant's admins see it: state PENDING, SENT, KEPT or FAILED, with the last error. */
public record DeliveryResponse(UUID id, String kind, String recipientName, String recipientEmail, String locale,
                               String subject, String state, int attempts, String lastError, Instant createdAt,
                               Instant nextAttemptAt, Instant sentAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(d.id(), d.kind().name(), d.recipientName(), d.recipientEmail(), d.locale(), d.subject(),
                d.state().name(), d.attempts(), d.lastError(), d.createdAt(), d.nextAttemptAt(), d.sentAt());
    }
}
