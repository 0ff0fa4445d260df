package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
