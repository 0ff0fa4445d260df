package selfserve.it;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix (issue 9): for every operation of the REST API, the status each caller must get. The
 * rows run top to bottom, so rows that create fixtures come before the rows that use them.
 *
 * <p>Derived from the domain rules and the services' {@code @RolesAllowed} and data checks:
 * <ul>
 *   <li>every call authenticates (anonymous: 401);
 *   <li>a person's own data (profile, tokens, cards, billing profile, purchases, subscriptions, invoices, notices,
 *       license requests) is theirs alone: their own list for everyone, anyone else's id is answered 404 — also for
 *       admins and partners, who see purchases through the admin operations, not the purchaser's;
 *   <li>guests cannot buy or start trials (R-8, 403) and cannot ask for licenses (403); one trial per person and
 *       product, so the agent's second trial (as the partner without delegation) is a conflict (409); whoever may
 *       buy a product gets 409 REQUEST_NOT_NEEDED when asking for a license of it (Microsoft 365 Copilot is kept
 *       for central buying in Contoso AB, not in Fabrikam or Northwind); a request answers 200 with the pending
 *       request, new or (erik's demo request) updated;
 *   <li>a subscription's licenses: its purchaser reads and assigns; the tenant's admins read every subscription
 *       but cannot assign or unassign a self-service one until they take it over (R-29: 403);
 *   <li>admin operations of the caller's own tenant without the role: 403; another tenant, or one that
 *       delegated nothing to the partner: 404 (R-4, tenant isolation). The partner is Contoso AB's delegated
 *       Global admin. Policy: Global and Billing admins change, Global readers read. Purchases of the
 *       tenant: Global and Billing admins and readers read, Global and Billing admins buy, change and cancel
 *       central ones. Licenses view and unused licenses: every admin role reads; assigning roles (Global,
 *       License, User admins) reclaim. Take-over and centralize: Global, Billing and License admins.
 *       License requests: License, User and Global admins decide, readers read; the tenant's own request
 *       flow: Global admins. Audit log, events feed, notice deliveries: Global admins and readers; retrying a
 *       delivery and disabling a user: Global admins (and User admins).
 * </ul>
 */
final class AuthorizationTable {

    // @formatter:off
    static final String TABLE = """
            operation                                                   anon guest member owner other reader billing licadm admin partner nodeleg foreign
            GET    /api/v1/me                                            401  200   200    200   200   200    200     200    200   200     200     200
            PATCH  /api/v1/me                                            401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/tokens                                        401  200   200    200   200   200    200     200    200   200     200     200
            POST   /api/v1/tokens                                        401  201   201    201   201   201    201     201    201   201     201     201
            DELETE /api/v1/tokens/{id}                                   401  404   404    204   404   404    404     404    404   404     404     404
            GET    /api/v1/products                                      401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/payment-methods                               401  200   200    200   200   200    200     200    200   200     200     200
            POST   /api/v1/payment-methods                               401  201   201    201   201   201    201     201    201   201     201     201
            GET    /api/v1/payment-methods/{id}                          401  404   404    200   404   404    404     404    404   404     404     404
            PATCH  /api/v1/payment-methods/{id}                          401  404   404    200   404   404    404     404    404   404     404     404
            DELETE /api/v1/payment-methods/{id}                          401  404   404    204   404   404    404     404    404   404     404     404
            GET    /api/v1/billing-profile                               401  200   200    200   200   200    200     200    200   200     200     200
            PUT    /api/v1/billing-profile                               401  200   200    200   200   200    200     200    200   200     200     200
            POST   /api/v1/purchases                                     401  403   201    201   201   201    201     201    201   201     201     201
            POST   /api/v1/trials                                        401  403   201    201   201   201    201     201    201   201     409     201
            GET    /api/v1/subscriptions                                 401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/subscriptions/{id}                            401  404   404    200   404   404    404     404    404   404     404     404
            PATCH  /api/v1/subscriptions/{id}                            401  404   404    200   404   404    404     404    404   404     404     404
            PUT    /api/v1/subscriptions/{id}/payment-method             401  404   404    200   404   404    404     404    404   404     404     404
            POST   /api/v1/subscriptions/{id}/cancel                     401  404   404    200   404   404    404     404    404   404     404     404
            GET    /api/v1/invoices                                      401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/invoices/{id}                                 401  404   404    200   404   404    404     404    404   404     404     404
            GET    /api/v1/invoices/{id}/pdf                             401  404   404    200   404   404    404     404    404   404     404     404
            GET    /api/v1/notices                                       401  200   200    200   200   200    200     200    200   200     200     200
            POST   /api/v1/notices/{id}/read                             401  404   404    204   404   404    404     404    404   404     404     404
            POST   /api/v1/notices/read-all                              401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/subscriptions/{id}/licenses                   401  404   404    200   404   200    200     200    200   200     404     404
            GET    /api/v1/subscriptions/{id}/licenses/candidates        401  404   404    200   404   200    200     200    200   200     404     404
            POST   /api/v1/subscriptions/{id}/licenses/assign            401  404   404    200   404   403    403     403    403   403     404     404
            POST   /api/v1/subscriptions/{id}/licenses/unassign          401  404   404    200   404   403    403     403    403   403     404     404
            GET    /api/v1/license-requests                              401  200   200    200   200   200    200     200    200   200     200     200
            GET    /api/v1/license-requests/flow                         401  200   200    200   200   200    200     200    200   200     200     200
            POST   /api/v1/license-requests                              401  403   200    200   200   200    200     200    200   409     409     409
            GET    /api/v1/policies                                      401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/policies/{policyId}                           401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/policies/{policyId}/products                  401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/policies/{policyId}/products/{productId}      401  403   403    403   403   200    200     403    200   200     404     404
            PUT    /api/v1/policies/{policyId}                           401  403   403    403   403   403    200     403    200   200     404     404
            PUT    /api/v1/policies/{policyId}/products/{productId}      401  403   403    403   403   403    200     403    200   200     404     404
            GET    /api/v1/tenant/prices                                 401  403   403    403   403   200    200     403    200   200     404     404
            POST   /api/v1/tenant/purchases                              401  403   403    403   403   403    201     403    201   201     404     404
            GET    /api/v1/tenant/subscriptions                          401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/tenant/subscriptions/{id}                     401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/tenant/subscriptions/{id}/history             401  403   403    403   403   200    200     403    200   200     404     404
            PATCH  /api/v1/tenant/subscriptions/{id}                     401  403   403    403   403   403    200     403    200   200     404     404
            GET    /api/v1/tenant/spend                                  401  403   403    403   403   200    200     403    200   200     404     404
            GET    /api/v1/tenant/licenses                               401  403   403    403   403   200    200     200    200   200     404     404
            GET    /api/v1/tenant/licenses/{productId}/subscriptions     401  403   403    403   403   200    200     200    200   200     404     404
            GET    /api/v1/tenant/licenses/export                        401  403   403    403   403   200    200     200    200   200     404     404
            GET    /api/v1/tenant/unused-licenses                        401  403   403    403   403   200    200     200    200   200     404     404
            POST   /api/v1/tenant/unused-licenses/reclaim                401  403   403    403   403   403    403     200    200   200     404     404
            POST   /api/v1/tenant/subscriptions/{id}/take-over/move      401  403   403    403   403   403    200     200    200   200     404     404
            POST   /api/v1/tenant/subscriptions/{id}/take-over/cancel    401  403   403    403   403   403    200     200    200   200     404     404
            POST   /api/v1/tenant/subscriptions/{id}/centralize          401  403   403    403   403   403    200     200    200   200     404     404
            POST   /api/v1/tenant/subscriptions/{id}/cancel              401  403   403    403   403   403    200     403    200   200     404     404
            GET    /api/v1/tenant/license-requests                       401  403   403    403   403   200    403     200    200   200     404     404
            GET    /api/v1/tenant/license-requests/{id}                  401  403   403    403   403   200    403     200    200   200     404     404
            GET    /api/v1/tenant/license-requests/{id}/subscriptions    401  403   403    403   403   200    403     200    200   200     404     404
            POST   /api/v1/tenant/license-requests/{id}/decision         401  403   403    403   403   403    403     200    200   200     404     404
            GET    /api/v1/tenant/license-request-flow                   401  403   403    403   403   200    403     200    200   200     404     404
            PUT    /api/v1/tenant/license-request-flow                   401  403   403    403   403   403    403     403    200   200     404     404
            GET    /api/v1/tenant/notices                                401  403   403    403   403   200    403     403    200   200     404     404
            POST   /api/v1/tenant/notices/{id}/retry                     401  403   403    403   403   403    403     403    200   200     404     404
            PUT    /api/v1/tenant/users/{id}/status                      401  403   403    403   403   403    403     403    200   200     404     404
            GET    /api/v1/tenant/audit                                  401  403   403    403   403   200    403     403    200   200     404     404
            GET    /api/v1/tenant/audit/export                           401  403   403    403   403   200    403     403    200   200     404     404
            GET    /api/v1/events                                        401  403   403    403   403   200    403     403    200   200     404     404
            """;
    // @formatter:on

    /** One row: the operation as "METHOD /path" and the status of each caller. */
    record Row(String operation, Map<Caller, Integer> expected) {
    }

    private AuthorizationTable() {
    }

    static List<Row> rows() {
        List<String> lines = TABLE.lines().filter(line -> !line.isBlank()).toList();
        String[] header = lines.getFirst().trim().split("\\s+");
        List<Caller> columns = new ArrayList<>();
        for (int i = 1; i < header.length; i++) {
            columns.add(Caller.ofColumn(header[i]));
        }
        if (columns.size() != Caller.values().length) {
            throw new IllegalStateException("The table needs one column per caller: " + columns);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != columns.size() + 2) {
                throw new IllegalStateException("Row with " + cells.length + " cells: " + line);
            }
            Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < columns.size(); i++) {
                expected.put(columns.get(i), Integer.valueOf(cells[i + 2]));
            }
            String operation = cells[0] + " " + cells[1];
            if (rows.put(operation, new Row(operation, expected)) != null) {
                throw new IllegalStateException("Two rows for " + operation);
            }
        }
        return List.copyOf(rows.values());
    }
}
