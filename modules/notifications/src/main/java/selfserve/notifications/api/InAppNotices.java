package selfserve.notifications.api;

import java.util.List;
import java.util.UUID;
import selfserve.identity.api.SupportedLocale;

/** The signed-in caller's own notices: nobody reads or marks another person's. */
public interface InAppNotices {

    /** The most a page may hold. */
    int LARGEST_PAGE = 100;

    /** The caller's notices, newest first, in {@code language}. */
    List<InAppNotice> mine(SupportedLocale language, boolean unreadOnly, int offset, int limit);

    long count(boolean unreadOnly);

    /** Marks one of the caller's notices read; {@code NOTICE_NOT_FOUND} for any other id. */
    void markRead(UUID noticeId);

    /** Marks every unread notice of the caller read and answers how many it marked. */
    int markAllRead();
}
