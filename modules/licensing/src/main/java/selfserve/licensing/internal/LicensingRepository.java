package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import selfserve.licensing.domain.Assignment;
import selfserve.licensing.domain.SeatPool;

/** The LIC_ tables. */
@ApplicationScoped
public class LicensingRepository {

    @PersistenceContext(unitName = "licensing")
    private EntityManager entities;

    public Optional<SeatPool> pool(UUID subscriptionId) {
        return Optional.ofNullable(entities.find(SeatPool.class, subscriptionId));
    }

    /** The pool, locked until the transaction ends: seats are counted and taken by one request at a time. */
    public Optional<SeatPool> lockedPool(UUID subscriptionId) {
        return Optional.ofNullable(entities.find(SeatPool.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Assignment> currentAssignments(UUID subscriptionId) {
        return entities.createQuery("""
                        select a from Assignment a where a.subscriptionId = :subscription and a.endedAt is null
                        order by a.beganAt, a.id""", Assignment.class)
                .setParameter("subscription", subscriptionId)
                .getResultList();
    }

    /** The current licenses of {@code productId} among these users of a tenant, from any subscription. */
    public List<Assignment> currentHoldings(UUID tenantId, String productId, Collection<UUID> userIds) {
        return entities.createQuery("""
                        select a from Assignment a where a.tenantId = :tenant and a.productId = :product
                        and a.userId in :users and a.endedAt is null""", Assignment.class)
                .setParameter("tenant", tenantId)
                .setParameter("product", productId)
                .setParameter("users", userIds)
                .getResultList();
    }

    /** Per product of a tenant: running subscriptions, their seats and assigned licenses together. */
    public List<Object[]> productTotals(UUID tenantId) {
        return entities.createQuery("""
                        select p.productId, count(p), sum(p.seats), sum(p.assigned) from SeatPool p
                        where p.tenantId = :tenant and p.running = true group by p.productId""", Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    public List<SeatPool> runningPools(UUID tenantId, String productId) {
        return entities.createQuery("""
                        select p from SeatPool p where p.tenantId = :tenant and p.productId = :product and p.running = true
                        order by p.subscriptionId""", SeatPool.class)
                .setParameter("tenant", tenantId)
                .setParameter("product", productId)
                .getResultList();
    }

    /** The current licenses of these users of a tenant, assigned before {@code cutoff}, each with its pool. */
    public List<Object[]> currentAssignedBefore(UUID tenantId, Collection<UUID> userIds, Instant cutoff) {
        return entities.createQuery("""
                        select a, p from Assignment a, SeatPool p where p.subscriptionId = a.subscriptionId
                        and a.tenantId = :tenant and a.userId in :users and a.endedAt is null and a.beganAt <= :cutoff""",
                        Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("users", userIds)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    public List<Assignment> assignments(Collection<UUID> ids) {
        return entities.createQuery("select a from Assignment a where a.id in :ids", Assignment.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Assignment> assignment(UUID id) {
        return Optional.ofNullable(entities.find(Assignment.class, id));
    }

    /** Announced reclaims that are due, oldest first. */
    public List<UUID> reclaimsDue(Instant now, int most) {
        return entities.createQuery("""
                        select a.id from Assignment a where a.reclaimAt <= :now and a.endedAt is null
                        order by a.reclaimAt""", UUID.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setMaxResults(most)
                .getResultList();
    }

    /** A person signed in: their announced reclaims are called off. */
    public int keepLicensesOf(UUID userId) {
        return entities.createQuery("""
                        update Assignment a set a.reclaimAt = null, a.reclaimBy = null
                        where a.userId = :user and a.reclaimAt is not null and a.endedAt is null""")
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** Reads the entity again from the database, after a row lock made sure nobody else changes it. */
    public void refresh(Object entity) {
        entities.refresh(entity);
    }

    /**
     * The pool's assigned count as stored and its current assignment rows, both read from the database once this
     * transaction's changes are written to it.
     */
    public StoredSeats storedSeats(UUID subscriptionId) {
        entities.flush();
        int assigned = entities.createQuery("select p.assigned from SeatPool p where p.subscriptionId = :subscription",
                        Integer.class)
                .setParameter("subscription", subscriptionId)
                .getSingleResult();
        long rows = entities.createQuery("""
                        select count(a) from Assignment a where a.subscriptionId = :subscription and a.endedAt is null""",
                        Long.class)
                .setParameter("subscription", subscriptionId)
                .getSingleResult();
        return new StoredSeats(assigned, rows);
    }

    /** What the database holds for one pool: its count, and the assignment rows it counts. */
    public record StoredSeats(int assigned, long currentRows) {
    }

    /** Writes the changes so far, so that later statements in the transaction see them. */
    public void flush() {
        entities.flush();
    }

    /** Persists and flushes at once, so that rows referring to it by id can follow in the same transaction. */
    public void add(Object entity) {
        entities.persist(entity);
        entities.flush();
    }
}
