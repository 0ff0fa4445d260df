package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.domain.LicenseRequest;
import selfserve.licensing.domain.RequestFlow;

/** The license request tables (LIC_LICENSE_REQUEST, its lines, LIC_REQUEST_FLOW). */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext(unitName = "licensing")
    private EntityManager entities;

    public Optional<LicenseRequest> request(UUID requestId) {
        return Optional.ofNullable(entities.find(LicenseRequest.class, requestId));
    }

    /** The request, locked until the transaction ends: two admins deciding it at once are served one after the other. */
    public Optional<LicenseRequest> lockedRequest(UUID requestId) {
        return Optional.ofNullable(entities.find(LicenseRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The requester's pending request for the product, locked, if there is one. */
    public Optional<LicenseRequest> lockedPending(UUID requesterId, String productId) {
        return entities.createQuery("""
                        select r from LicenseRequest r where r.requesterId = :requester and r.productId = :product
                        and r.status = :pending""", LicenseRequest.class)
                .setParameter("requester", requesterId)
                .setParameter("product", productId)
                .setParameter("pending", LicenseRequestStatus.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public boolean anyRequest(UUID requesterId, String productId) {
        return !entities.createQuery("""
                        select r.id from LicenseRequest r where r.requesterId = :requester and r.productId = :product""",
                        UUID.class)
                .setParameter("requester", requesterId)
                .setParameter("product", productId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public List<LicenseRequest> byRequester(UUID requesterId) {
        return withLines(entities.createQuery("""
                        select r.id from LicenseRequest r where r.requesterId = :requester
                        order by r.createdAt desc, r.id""", UUID.class)
                .setParameter("requester", requesterId)
                .getResultList());
    }

    /** A page of the tenant's requests, newest first, all or of one status. */
    public List<LicenseRequest> page(UUID tenantId, LicenseRequestStatus status, int offset, int limit) {
        TypedQuery<UUID> ids = entities.createQuery("select r.id from LicenseRequest r where r.tenantId = :tenant"
                + (status == null ? "" : " and r.status = :status") + " order by r.createdAt desc, r.id", UUID.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(offset)
                .setMaxResults(limit);
        if (status != null) {
            ids.setParameter("status", status);
        }
        return withLines(ids.getResultList());
    }

    public long count(UUID tenantId, LicenseRequestStatus status) {
        TypedQuery<Long> count = entities.createQuery("select count(r) from LicenseRequest r where r.tenantId = :tenant"
                + (status == null ? "" : " and r.status = :status"), Long.class)
                .setParameter("tenant", tenantId);
        if (status != null) {
            count.setParameter("status", status);
        }
        return count.getSingleResult();
    }

    /** The requests with these ids and their people, read in one query, in the order of the ids. */
    private List<LicenseRequest> withLines(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<LicenseRequest> found = entities.createQuery("""
                        select distinct r from LicenseRequest r left join fetch r.lines where r.id in :ids""",
                        LicenseRequest.class)
                .setParameter("ids", ids)
                .getResultList();
        return ids.stream().flatMap(id -> found.stream().filter(r -> r.id().equals(id)).findFirst().stream()).toList();
    }

    /** The tenants that have requests made at or before {@code cutoff}. */
    public List<UUID> tenantsWithRequestsBefore(Instant cutoff) {
        return entities.createQuery("""
                        select distinct r.tenantId from LicenseRequest r where r.createdAt <= :cutoff""", UUID.class)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    /** Deletes a tenant's requests made at or before {@code cutoff} (their people go with them) and answers how many. */
    public int deleteBefore(UUID tenantId, Instant cutoff) {
        return entities.createQuery("delete from LicenseRequest r where r.tenantId = :tenant and r.createdAt <= :cutoff")
                .setParameter("tenant", tenantId)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public Optional<RequestFlow> flow(UUID tenantId) {
        return Optional.ofNullable(entities.find(RequestFlow.class, tenantId));
    }

    /** Persists and flushes at once, so that a unique key taken meanwhile is a clean conflict here. */
    public void add(Object entity) {
        entities.persist(entity);
        entities.flush();
    }

    public void flush() {
        entities.flush();
    }

    /** The ids of these requests' people. */
    static List<UUID> people(Collection<LicenseRequest> requests) {
        return requests.stream().flatMap(r -> r.lines().stream().map(line -> line.userId())).distinct().toList();
    }
}
