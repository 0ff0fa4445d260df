package selfserve.portal.rest;

import java.util.List;

/**
 * A page of the events feed, oldest first.
 *
 * @param cursor ask with {@code ?after=<cursor>} next, also when {@code events} is empty
 * @param more   true: more events are there already, ask again at once; false: ask again later
 */
public record EventPageResponse(List<EventResponse> events, String cursor, boolean more) {
}
