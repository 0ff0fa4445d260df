package selfserve.notifications.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the caller's notices as the portal shows it, in the language asked for.
 *
 * @param readAt when the caller marked it read; {@code null} while unread
 */
public record InAppNotice(UUID id, NoticeKind kind, String title, String text, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
