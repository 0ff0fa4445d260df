package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Role;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.domain.SeatPool;

/**
 * Who may see and change a subscription's licenses: its purchaser; the tenant's admins read
 * every subscription and change central ones; everyone else does not see it at all.
 */
@ApplicationScoped
public class SeatAccess {

    /** The roles that assign licenses in Microsoft 365's admin center. */
    static final Set<Role> ASSIGNING_ROLES = EnumSet.of(Role.GLOBAL_ADMIN, Role.LICENSE_ADMIN, Role.USER_ADMIN);

    /** The roles that take purchases over (as commerce's AdminCancellations) and centralize them. */
    static final Set<Role> TAKE_OVER_ROLES = EnumSet.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN, Role.LICENSE_ADMIN);

    @Inject
    private AdminScope adminScope;

    enum Access { PURCHASER, ADMIN, READER }

    /** How the caller may use this pool; a caller with no right to see it gets {@code SUBSCRIPTION_NOT_FOUND}. */
    Access of(Caller caller, SeatPool pool) {
        if (pool.isPurchasedBy(caller.userId())) {
            return Access.PURCHASER;
        }
        if (!caller.seesAdminSection()) {
            throw notFound(pool);
        }
        try {
            adminScope.require(pool.tenantId(), EnumSet.allOf(Role.class));
        } catch (SelfServeException notTheirTenant) {
            throw notFound(pool);
        }
        try {
            adminScope.require(pool.tenantId(), ASSIGNING_ROLES);
            return Access.ADMIN;
        } catch (SelfServeException readerOnly) {
            return Access.READER;
        }
    }

    /** Whether the caller may assign and unassign here; admins only on central subscriptions. */
    static boolean mayAssign(Access access, SeatPool pool) {
        return access == Access.PURCHASER || access == Access.ADMIN && !pool.isSelfService();
    }

    /** Refuses a change the caller may not make, saying why. */
    void requireChange(Caller caller, SeatPool pool) {
        Access access = of(caller, pool);
        if (mayAssign(access, pool)) {
            return;
        }
        throw access == Access.ADMIN ? SelfServeException.forbidden("PURCHASED_BY_USER")
                : SelfServeException.forbidden("FORBIDDEN");
    }

    /** Refuses a take-over to anyone but the tenant's Global, Billing and License admins and its partners. */
    void requireTakeOver(Caller caller, SeatPool pool) {
        Access access = of(caller, pool);
        if (access == Access.PURCHASER && !caller.seesAdminSection()) {
            throw SelfServeException.forbidden("FORBIDDEN");
        }
        adminScope.require(pool.tenantId(), TAKE_OVER_ROLES);
    }

    static SelfServeException notFound(SeatPool pool) {
        return SelfServeException.notFound("SUBSCRIPTION_NOT_FOUND", pool.subscriptionId());
    }
}
