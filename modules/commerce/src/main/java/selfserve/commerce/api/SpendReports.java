package selfserve.commerce.api;

import java.util.UUID;

/**
 * The money side of the admins' "Spend and utilization" dashboard: what a tenant was invoiced over the last
 * {@value #MONTHS} calendar months (UTC), self-service against central, per month, per product and per
 * purchaser. For Global admins, Billing admins, Global readers and delegated partners; anyone else gets
 * {@code FORBIDDEN} in their own tenant and {@code TENANT_NOT_FOUND} for another ({@code tenantId} null: the
 * caller's own).
 */
public interface SpendReports {

    /** How many calendar months the report covers: the current one and the eleven before it. */
    int MONTHS = 12;

    /** How many purchasers the report ranks. */
    int TOP_PURCHASERS = 10;

    /** The tenant's report, summed by the database over its invoices in the tenant's currency. */
    SpendReport lastTwelveMonths(UUID tenantId);
}
