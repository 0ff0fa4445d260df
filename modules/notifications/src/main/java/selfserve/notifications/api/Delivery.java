package selfserve.notifications.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice's mail as the tenant's admins see it.
 *
 * @param subject   the mail's subject line, in the recipient's language
 * @param lastError what the last failed attempt answered; {@code null} if none failed
 * @param nextAttemptAt when a pending mail is tried next
 */
public record Delivery(UUID id, NoticeKind kind, String recipientName, String recipientEmail, String locale, String subject,
                       DeliveryState state, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
                       Instant sentAt) {
}
