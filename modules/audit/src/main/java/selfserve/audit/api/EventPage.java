package selfserve.audit.api;

import java.util.List;

/**
 * One page of the events feed, oldest first.
 *
 * @param cursor what to ask with next: past every event here, and past entries of other kinds or tenants that
 *               were passed over; the same cursor as asked with when nothing new is visible yet
 * @param more   whether more events are visible already (ask again at once); false: poll later
 */
public record EventPage(List<AuditItem> events, EventCursor cursor, boolean more) {

    public EventPage {
        events = List.copyOf(events);
    }
}
