package selfserve.portal.rest;

import java.util.List;

/** A page of the caller's notices with the totals the bell shows. */
public record NoticesPageResponse(long total, long unread, int offset, List<NoticeResponse> notices) {
}
