package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.identity.api.Caller;

/** The audit actions of commerce, written in the transaction of the change. */
@ApplicationScoped
public class CommerceAudit {

    static final String PURCHASE = "PURCHASE";

    @Inject
    private AuditTrail trail;

    void byCaller(Caller caller, String action, String target, String after) {
        trail.record(new AuditRecord(caller.tenant().id(), caller.userId(), caller.email(), null, action, target, null, after));
    }
}
