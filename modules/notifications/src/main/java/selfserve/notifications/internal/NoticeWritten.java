package selfserve.notifications.internal;

import java.util.UUID;

/** A notice's mail became pending in the current transaction; once it commits, the dispatcher is woken. */
record NoticeWritten(UUID noticeId) {
}
