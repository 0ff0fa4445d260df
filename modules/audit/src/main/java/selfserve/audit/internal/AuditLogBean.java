package selfserve.audit.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.audit.api.AuditActions;
import selfserve.audit.api.AuditItem;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditPage;
import selfserve.audit.api.AuditPosition;
import selfserve.audit.api.AuditQuery;
import selfserve.audit.api.AuditReadAccess;
import selfserve.audit.api.EventCursor;
import selfserve.audit.api.EventPage;
import selfserve.audit.domain.AuditEntry;
import selfserve.audit.domain.FeedHorizon;

/**
 * Reads a tenant's audit entries: only reads, with JPQL selects; nothing here or elsewhere in this module
 * updates or deletes an entry. Who may read is decided by identity through {@link AuditReadAccess}; every
 * signed-in person may ask (role "USER", which identity grants to all), so that a member asking for their own
 * tenant is told FORBIDDEN and for another TENANT_NOT_FOUND, as everywhere else. The queries and the index
 * each one runs on are in {@code V1.2__audit_sequence_and_log_indexes.sql}.
 */
@Stateless
@RolesAllowed("USER")
public class AuditLogBean implements AuditLog {

    /** Entries read per query of an export. */
    static final int EXPORT_PAGE = 1000;
    /** Numbers after the cursor looked at per feed request (every tenant's), to find how far it may read. */
    static final int FEED_WINDOW = 5000;

    @PersistenceContext(unitName = "audit")
    private EntityManager entities;

    @Inject
    private AuditReadAccess access;

    @Inject
    private Clock clock;

    /** See {@link FeedHorizon}: twice Liberty's default transaction timeout of 120 s. */
    @Inject
    @ConfigProperty(name = "selfserve.events.settle-seconds", defaultValue = "240")
    private long settleSeconds;

    @Override
    public AuditPage page(UUID tenantId, AuditQuery query, AuditPosition after, int limit) {
        checkLimit(limit);
        UUID tenant = access.require(tenantId);
        List<AuditItem> items = read(tenant, query, after, 0, limit + 1);
        if (items.size() <= limit) {
            return new AuditPage(items, null);
        }
        List<AuditItem> page = items.subList(0, limit);
        return new AuditPage(page, AuditPosition.after(page.getLast()));
    }

    @Override
    public List<AuditItem> entries(UUID tenantId, AuditQuery query, int offset, int limit) {
        checkLimit(limit);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        return read(access.require(tenantId), query, null, offset, limit);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(UUID tenantId, AuditQuery query, Consumer<AuditItem> sink) {
        UUID tenant = access.require(tenantId);
        AuditPosition after = null;
        List<AuditItem> page;
        do {
            // Outside a transaction each query's entities are detached at once: memory stays at one page.
            page = read(tenant, query, after, 0, EXPORT_PAGE);
            page.forEach(sink);
            after = page.isEmpty() ? null : AuditPosition.after(page.getLast());
        } while (page.size() == EXPORT_PAGE);
    }

    @Override
    public EventPage events(UUID tenantId, EventCursor after, int limit) {
        checkLimit(limit);
        UUID tenant = access.require(tenantId);
        // Every tenant's numbers after the cursor: how far the feed may read, and which of them are this tenant's events.
        List<Object[]> window = entities.createQuery("""
                        select e.sequence, e.occurredAt, e.tenantId, e.action from AuditEntry e
                        where e.sequence > :after order by e.sequence""", Object[].class)
                .setParameter("after", after.sequence())
                .setMaxResults(FEED_WINDOW)
                .getResultList();
        List<FeedHorizon.Seen> seen = window.stream()
                .map(row -> new FeedHorizon.Seen(((Number) row[0]).longValue(), ((OffsetDateTime) row[1]).toInstant()))
                .toList();
        long horizon = FeedHorizon.of(after.sequence(), seen, clock.instant(), Duration.ofSeconds(settleSeconds));
        String tenantText = tenant.toString();
        List<Long> numbers = window.stream()
                .filter(row -> ((Number) row[0]).longValue() <= horizon && tenantText.equals(row[2])
                        && AuditActions.EVENTS.contains((String) row[3]))
                .map(row -> ((Number) row[0]).longValue())
                .limit(limit + 1L)
                .toList();
        List<AuditItem> events = numbers.isEmpty() ? List.of() : entities.createQuery(
                        "select e from AuditEntry e where e.sequence in :numbers order by e.sequence", AuditEntry.class)
                .setParameter("numbers", numbers)
                .getResultList().stream().map(AuditEntry::item).toList();
        if (events.size() > limit) {
            List<AuditItem> page = events.subList(0, limit);
            return new EventPage(page, new EventCursor(page.getLast().sequence()), true);
        }
        boolean windowFull = seen.size() == FEED_WINDOW && horizon == seen.getLast().sequence();
        return new EventPage(events, new EventCursor(horizon), windowFull);
    }

    /** The matching entries of the tenant, newest first, after a position or from an offset. */
    private List<AuditItem> read(UUID tenant, AuditQuery query, AuditPosition after, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where e.tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.toString());
        if (query.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
        if (query.actor() != null) {
            jpql.append(" and lower(e.actorName) like :actor escape '\\'");
            parameters.put("actor", "%" + likeLiteral(query.actor()) + "%");
        }
        if (!query.actions().isEmpty()) {
            jpql.append(" and e.action in :actions");
            parameters.put("actions", List.copyOf(query.actions()));
        }
        if (query.product() != null && !query.targets().isEmpty()) {
            jpql.append(" and (e.productId = :product or e.target in :targets)");
        } else if (query.product() != null) {
            jpql.append(" and e.productId = :product");
        } else if (!query.targets().isEmpty()) {
            jpql.append(" and e.target in :targets");
        }
        if (query.product() != null) {
            parameters.put("product", query.product());
        }
        if (!query.targets().isEmpty()) {
            parameters.put("targets", List.copyOf(query.targets()));
        }
        if (after != null) {
            jpql.append(" and (e.occurredAt < :at or (e.occurredAt = :at and e.sequence < :sequence))");
            parameters.put("at", after.occurredAt().atOffset(ZoneOffset.UTC));
            parameters.put("sequence", after.sequence());
        }
        jpql.append(" order by e.occurredAt desc, e.sequence desc");
        TypedQuery<AuditEntry> select = entities.createQuery(jpql.toString(), AuditEntry.class);
        parameters.forEach(select::setParameter);
        List<AuditItem> items = new ArrayList<>(Math.min(limit, EXPORT_PAGE));
        select.setFirstResult(offset).setMaxResults(limit).getResultList().forEach(e -> items.add(e.item()));
        return items;
    }

    /** The text with LIKE's wildcards taken literally. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > LARGEST_PAGE) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }
}
