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
    static final String CENTRAL_PURCHASE = "CENTRAL_PURCHASE";
    static final String CENTRAL_QUANTITY_CHANGED = "CENTRAL_QUANTITY_CHANGED";
    static final String CENTRAL_CANCELED = "CENTRAL_SUBSCRIPTION_CANCELED";
    static final String BILLING_PROFILE_CREATED = "BILLING_PROFILE_CREATED";
    static final String BILLING_PROFILE_CHANGED = "BILLING_PROFILE_CHANGED";
    static final String PAYMENT_METHOD_ADDED = "PAYMENT_METHOD_ADDED";
    static final String PAYMENT_METHOD_CHANGED = "PAYMENT_METHOD_CHANGED";
    static final String PAYMENT_METHOD_REMOVED = "PAYMENT_METHOD_REMOVED";
    static final String PAYMENT_METHOD_REPLACED = "PAYMENT_METHOD_REPLACED";

    @Inject
    private AuditTrail trail;

    /** What the caller did to something of their own that concerns no product (a card, their billing profile). */
    void byCaller(Caller caller, String action, String target, String before, String after) {
        trail.record(new AuditRecord(caller.tenant().id(), caller.userId(), caller.email(), null, action, target, before, after));
    }

    /** What the caller did to their own subscription. */
    void byCaller(Caller caller, String action, Subscription subscription, String before, String after) {
        trail.record(new AuditRecord(caller.tenant().id(), caller.userId(), caller.email(), null, action,
                subscription.id().toString(), before, after).about(subscription.productId()));
    }

    /**
     * What an admin did to a subscription of a tenant's organization; when a partner acts for a customer, the
     * entry belongs to the customer and names the partner's organization.
     */
    void byAdmin(Caller admin, String action, Subscription subscription, String before, String after) {
        UUID tenantId = subscription.tenantId();
        UUID partner = admin.tenant().id().equals(tenantId) ? null : admin.tenant().id();
        trail.record(new AuditRecord(tenantId, admin.userId(), admin.email(), partner, action,
                subscription.id().toString(), before, after).about(subscription.productId()));
    }

    /** What SelfServe itself did to a subscription (a renewal, say): there is no person acting. */
    void bySystem(Subscription subscription, String action, String after) {
        trail.record(new AuditRecord(subscription.tenantId(), null, "selfserve", null, action, subscription.id().toString(),
                null, after).about(subscription.productId()));
    }
}
