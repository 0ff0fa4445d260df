package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.commerce.domain.Subscription;
import selfserve.identity.api.Caller;

/** The audit actions of commerce, written in the transaction of the change. */
@ApplicationScoped
public class CommerceAudit {

    static final String PURCHASE = "PURCHASE";
    static final String QUANTITY_CHANGED = "QUANTITY_CHANGED";
    static final String SUBSCRIPTION_CANCELED = "SUBSCRIPTION_CANCELED";
    static final String RENEWED = "SUBSCRIPTION_RENEWED";
    static final String RENEWAL_DECLINED = "RENEWAL_DECLINED";
    static final String EXPIRED = "SUBSCRIPTION_EXPIRED";
    static final String TRIAL_STARTED = "TRIAL_STARTED";
    static final String TRIAL_CONVERTED = "TRIAL_CONVERTED";
    static final String TRIAL_ENDED = "TRIAL_ENDED";
    static final String TAKEN_OVER = "SUBSCRIPTION_TAKEN_OVER";

    @Inject
    private AuditTrail trail;

    void byCaller(Caller caller, String action, String target, String before, String after) {
        trail.record(new AuditRecord(caller.tenant().id(), caller.userId(), caller.email(), null, action, target, before, after));
    }

    /** An admin's action in a tenant, which is not their own when they are a partner acting for a customer. */
    void byCaller(Caller caller, UUID tenantId, String action, String target, String before, String after) {
        UUID partner = tenantId.equals(caller.tenant().id()) ? null : caller.tenant().id();
        trail.record(new AuditRecord(tenantId, caller.userId(), caller.email(), partner, action, target, before, after));
    }

    /** What SelfServe itself did to a subscription (a renewal, say): there is no person acting. */
    void bySystem(Subscription subscription, String action, String after) {
        trail.record(new AuditRecord(subscription.tenantId(), null, "selfserve", null, action, subscription.id().toString(),
                null, after));
    }
}
