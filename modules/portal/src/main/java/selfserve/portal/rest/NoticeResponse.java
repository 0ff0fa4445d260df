package selfserve.portal.rest;

import java.time.Instant;
import java.util.UUID;
import selfserve.notifications.api.InAppNotice;

/** One of the caller's notices, worded in the language of the request. */
public record NoticeResponse(UUID id, String kind, String title, String text, Instant createdAt, boolean read,
                             Instant readAt) {

    static NoticeResponse of(InAppNotice notice) {
        return new NoticeResponse(notice.id(), notice.kind().name(), notice.title(), notice.text(), notice.createdAt(),
                notice.isRead(), notice.readAt());
    }
}
