package selfserve.audit.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reading the audit trail: a tenant's entries for its Global admins, Global readers and delegated partners
 * (see {@link AuditReadAccess}; {@code tenantId} null means the caller's own tenant). There is no way to change
 * or delete an entry, here or anywhere.
 */
public interface AuditLog {

    /** The largest page the log and the feed hand out. */
    int LARGEST_PAGE = 500;

    /**
     * A page of the entries that match, newest first (by time, then sequence), starting after {@code after}
     * (null: the newest). Keyset paging: as fast on the millionth page as on the first.
     *
     * @param limit 1 to {@link #LARGEST_PAGE}
     */
    AuditPage page(UUID tenantId, AuditQuery query, AuditPosition after, int limit);

    /** The same entries by offset, for a grid that scrolls anywhere; prefer {@link #page} for deep reads. */
    List<AuditItem> entries(UUID tenantId, AuditQuery query, int offset, int limit);

    /**
     * Hands every matching entry, newest first, to {@code sink}, reading a page at a time outside a transaction,
     * so that an export of millions of entries runs in constant memory and is never cut by a transaction timeout.
     */
    void export(UUID tenantId, AuditQuery query, Consumer<AuditItem> sink);

    /**
     * The tenant's events ({@link AuditActions#EVENTS}) after {@code after}, oldest first. An entry is handed out
     * only when no entry with a lower number can still appear (see the events feed in the README), so a follower
     * that asks again with the returned cursor never misses one and never sees one twice.
     *
     * @param limit 1 to {@link #LARGEST_PAGE}
     */
    EventPage events(UUID tenantId, EventCursor after, int limit);
}
