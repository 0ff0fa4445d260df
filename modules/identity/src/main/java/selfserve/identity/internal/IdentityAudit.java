package selfserve.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import java.util.UUID;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;

/** The audit actions of identity, written in the transaction of the change. */
@ApplicationScoped
public class IdentityAudit {

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";
    static final String SIGN_OUT = "SIGN_OUT";
    static final String API_TOKEN_ISSUED = "API_TOKEN_ISSUED";
    static final String API_TOKEN_REVOKED = "API_TOKEN_REVOKED";
    static final String LOCALE_CHANGED = "LOCALE_CHANGED";
    static final String USER_CREATED = "USER_CREATED";
    static final String POLICY_CHANGED = "POLICY_CHANGED";
    static final String POLICY_DEFAULT_CHANGED = "POLICY_DEFAULT_CHANGED";
    static final String USER_STATUS_CHANGED = "USER_STATUS_CHANGED";

    @Inject
    private AuditTrail trail;

    /** An action by the user on their own account (or on {@code target}). */
    void byUser(User user, String action, String target) {
        trail.record(AuditRecord.of(user.tenant().id(), user.id(), user.email(), action, target));
    }

    /** A change of one of the user's settings, with its old and new value. */
    void change(User user, String action, String before, String after) {
        trail.record(new AuditRecord(user.tenant().id(), user.id(), user.email(), null, action, user.id().toString(), before, after));
    }

    /**
     * A change by an admin to a tenant's settings; when the admin acts as a partner for a customer, the entry
     * belongs to the customer and names the partner organization.
     */
    void adminChange(User admin, Tenant tenant, String action, String target, String before, String after) {
        trail.record(adminRecord(admin, tenant, action, target, before, after));
    }

    /** A change by an admin to a tenant's setting for one product (its purchase policy), found by the product. */
    void adminProductChange(User admin, Tenant tenant, String action, String productId, String before, String after) {
        trail.record(adminRecord(admin, tenant, action, productId, before, after).about(productId));
    }

    private static AuditRecord adminRecord(User admin, Tenant tenant, String action, String target, String before,
                                           String after) {
        UUID partner = admin.tenant().id().equals(tenant.id()) ? null : admin.tenant().id();
        return new AuditRecord(tenant.id(), admin.id(), admin.email(), partner, action, target, before, after);
    }

    /**
     * A sign-in refused for a known user. The actor is whoever typed the name, not the user, so the entry
     * names the user as its target.
     */
    void refused(User user, String typedName, String action, String reason) {
        trail.record(new AuditRecord(user.tenant().id(), null, typedName, null, action, user.id().toString(), null, reason));
    }

    /** A failed sign-in under a name that matches no user. */
    void unknownName(String typedName, String action) {
        trail.record(AuditRecord.of(null, null, typedName, action, null));
    }
}
