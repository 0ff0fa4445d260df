package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.identity.api.Caller;
import selfserve.licensing.domain.LicenseRequest;

/** The audit actions of license requests, written in the transaction of the change. */
@ApplicationScoped
public class RequestAudit {

    static final String LICENSE_REQUESTED = "LICENSE_REQUESTED";
    static final String LICENSE_REQUEST_EXTENDED = "LICENSE_REQUEST_EXTENDED";
    static final String LICENSE_REQUEST_DECIDED = "LICENSE_REQUEST_DECIDED";
    static final String LICENSE_REQUESTS_PURGED = "LICENSE_REQUESTS_PURGED";
    static final String REQUEST_FLOW_CHANGED = "LICENSE_REQUEST_FLOW_CHANGED";

    @Inject
    private AuditTrail trail;

    /** A change to a license request by its requester or by an admin, who may be a partner acting for a customer. */
    void byCaller(Caller caller, LicenseRequest request, String action, String before, String after) {
        boolean partner = !caller.tenant().id().equals(request.tenantId());
        trail.record(new AuditRecord(request.tenantId(), caller.userId(), caller.email(),
                partner ? caller.tenant().id() : null, action, request.id().toString(), before, after)
                .about(request.productId()));
    }

    /** A change by the caller in {@code tenantId}, where the caller may be a partner acting for a customer. */
    void byCaller(Caller caller, UUID tenantId, String action, String target, String before, String after) {
        boolean partner = !caller.tenant().id().equals(tenantId);
        trail.record(new AuditRecord(tenantId, caller.userId(), caller.email(), partner ? caller.tenant().id() : null,
                action, target, before, after));
    }

    /** A change SelfServe made by itself (the retention run). */
    void bySelfServe(UUID tenantId, String action, String target, String after) {
        trail.record(new AuditRecord(tenantId, null, "selfserve", null, action, target, null, after));
    }
}
