package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.domain.Announcement;
import selfserve.notifications.domain.Notice;

/** Queries on notifications' own tables; runs in the transaction of the bean that calls it. */
@ApplicationScoped
public class NotificationsRepository {

    @PersistenceContext(unitName = "notifications")
    private EntityManager entities;

    /** Writes a new row at once, so a failure shows in the transaction of the change that caused it. */
    public void add(Object entity) {
        entities.persist(entity);
        entities.flush();
    }

    public Optional<Notice> notice(UUID id) {
        return Optional.ofNullable(entities.find(Notice.class, id));
    }

    public List<Notice> noticesOf(UUID recipientId, boolean unreadOnly, int offset, int limit) {
        return entities.createQuery("select n from Notice n where n.recipientId = :recipient"
                                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id",
                        Notice.class)
                .setParameter("recipient", recipientId)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long countOf(UUID recipientId, boolean unreadOnly) {
        return entities.createQuery("select count(n) from Notice n where n.recipientId = :recipient"
                        + (unreadOnly ? " and n.readAt is null" : ""), Long.class)
                .setParameter("recipient", recipientId)
                .getSingleResult();
    }

    /**
     * Marks one unread notice of the recipient read, or all of them when {@code noticeId} is null. A bulk
     * update: it never conflicts with the dispatcher changing the same row's mail state.
     */
    public int markRead(UUID recipientId, UUID noticeId, Instant at) {
        var update = entities.createQuery("update Notice n set n.readAt = :at where n.recipientId = :recipient"
                        + " and n.readAt is null" + (noticeId == null ? "" : " and n.id = :id"))
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("recipient", recipientId);
        return (noticeId == null ? update : update.setParameter("id", noticeId)).executeUpdate();
    }

    public List<Notice> noticesOfTenant(UUID tenantId, DeliveryState state, int offset, int limit) {
        return ofTenant("select n from Notice n", tenantId, state, " order by n.createdAt desc, n.id", Notice.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long countOfTenant(UUID tenantId, DeliveryState state) {
        return ofTenant("select count(n) from Notice n", tenantId, state, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> ofTenant(String select, UUID tenantId, DeliveryState state, String order, Class<T> type) {
        TypedQuery<T> query = entities.createQuery(select + " where n.tenantId = :tenant"
                + (state == null ? "" : " and n.mailState = :state") + order, type)
                .setParameter("tenant", tenantId);
        return state == null ? query : query.setParameter("state", state);
    }

    /**
     * Pending mail whose attempt is due and that no live claim holds, the longest waiting first. Ordered by
     * both columns of NTF_NOTICE_DUE (the state is fixed anyway) so that H2 reads the index in order and
     * stops at {@code most}; ordered by the time alone it read and sorted the whole backlog every batch.
     */
    public List<UUID> dueForDelivery(Instant now, int most) {
        return entities.createQuery("""
                        select n.id from Notice n where n.mailState = :pending and n.nextAttemptAt <= :now
                        and (n.claimedUntil is null or n.claimedUntil < :now)
                        order by n.mailState, n.nextAttemptAt""", UUID.class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(most)
                .getResultList();
    }

    /**
     * Claims a due pending mail for one sender until {@code until}: the conditional update succeeds for
     * exactly one of several servers asking at once, and again only once the lease has run out.
     */
    public boolean claim(UUID id, String claimant, Instant now, Instant until) {
        return entities.createQuery("""
                        update Notice n set n.claimedBy = :claimant, n.claimedUntil = :until
                        where n.id = :id and n.mailState = :pending and n.nextAttemptAt <= :now
                        and (n.claimedUntil is null or n.claimedUntil < :now)""")
                .setParameter("claimant", claimant)
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .setParameter("id", id)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /**
     * Keeps the due pending mails among {@code ids} in one statement (no SMTP server is configured): a mail
     * another sender holds a live claim on is left to it. Answers how many were kept.
     */
    public int keep(List<UUID> ids, Instant now) {
        return entities.createQuery("""
                        update Notice n set n.mailState = :kept, n.sentAt = :now, n.nextAttemptAt = null
                        where n.id in :ids and n.mailState = :pending and n.nextAttemptAt <= :now
                        and (n.claimedUntil is null or n.claimedUntil < :now)""")
                .setParameter("kept", DeliveryState.KEPT)
                .setParameter("ids", ids)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public boolean announced(String announcementId) {
        return entities.find(Announcement.class, announcementId) != null;
    }
}
