package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.identity.api.Caller;
import selfserve.licensing.domain.SeatPool;

/** The audit actions of licensing, written in the transaction of the change. */
@ApplicationScoped
public class LicensingAudit {

    static final String LICENSES_ASSIGNED = "LICENSES_ASSIGNED";
    static final String LICENSES_UNASSIGNED = "LICENSES_UNASSIGNED";
    static final String USERS_MOVED = "LICENSED_USERS_MOVED";
    static final String USERS_CENTRALIZED = "LICENSED_USERS_CENTRALIZED";
    static final String LICENSES_RECLAIMED = "LICENSES_RECLAIMED";
    static final String RECLAIM_ANNOUNCED = "LICENSE_RECLAIM_ANNOUNCED";

    @Inject
    private AuditTrail trail;

    /** What SelfServe itself did to a pool's licenses (an announced reclaim that fell due). */
    void bySystem(SeatPool pool, String action, String after) {
        trail.record(new AuditRecord(pool.tenantId(), null, "selfserve", null, action, pool.subscriptionId().toString(),
                null, after).about(pool.productId()));
    }

    /**
     * A change to licenses of several pools of a tenant at once, as one entry about the tenant and, when the pools
     * share it, their product.
     */
    void byCaller(Caller caller, UUID tenantId, String productId, String action, String after) {
        boolean partner = !caller.tenant().id().equals(tenantId);
        trail.record(new AuditRecord(tenantId, caller.userId(), caller.email(), partner ? caller.tenant().id() : null,
                action, tenantId.toString(), null, after).about(productId));
    }

    /** A change to a pool's licenses by the caller, who may be a partner acting in a customer tenant. */
    void byCaller(Caller caller, SeatPool pool, String action, String before, String after) {
        boolean partner = !caller.tenant().id().equals(pool.tenantId());
        trail.record(new AuditRecord(pool.tenantId(), caller.userId(), caller.email(),
                partner ? caller.tenant().id() : null, action, pool.subscriptionId().toString(), before, after)
                .about(pool.productId()));
    }
}
