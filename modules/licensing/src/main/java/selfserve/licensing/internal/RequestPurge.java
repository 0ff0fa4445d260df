package selfserve.licensing.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Deletes license requests older than the retention allows, one tenant per transaction, with an
 * audit entry saying how many went. A plain bulk delete: when two servers purge the same tenant at once,
 * the database's row locks let one delete each request and the other finds nothing left (and writes no entry).
 */
@Stateless
@PermitAll
public class RequestPurge {

    @Inject
    private RequestRepository requests;

    @Inject
    private RequestAudit audit;

    public List<UUID> tenantsWithRequestsBefore(Instant cutoff) {
        return requests.tenantsWithRequestsBefore(cutoff);
    }

    /** Deletes the tenant's requests made at or before {@code cutoff} and answers how many. */
    public int purge(UUID tenantId, Instant cutoff) {
        int deleted = requests.deleteBefore(tenantId, cutoff);
        if (deleted > 0) {
            audit.bySelfServe(tenantId, RequestAudit.LICENSE_REQUESTS_PURGED, tenantId.toString(),
                    deleted + " made before " + cutoff);
        }
        return deleted;
    }
}
