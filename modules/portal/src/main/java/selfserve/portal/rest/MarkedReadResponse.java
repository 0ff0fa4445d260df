package selfserve.portal.rest;

/** How many notices a "mark all as read" marked, and how many are unread now. */
public record MarkedReadResponse(int marked, long unread) {
}
