package selfserve.it;

import static selfserve.it.MatrixWorld.COPILOT;
import static selfserve.it.MatrixWorld.POLICY;
import static selfserve.it.MatrixWorld.BOUGHT;
import static selfserve.it.MatrixWorld.POWER_BI_PREMIUM;
import static selfserve.it.MatrixWorld.POWER_BI_PRO;
import static selfserve.it.MatrixWorld.PROJECT_PLAN_3;
import static selfserve.it.MatrixWorld.card;
import static selfserve.it.MatrixWorld.key;
import static selfserve.it.MatrixWorld.target;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How each cell of the authorization matrix calls its operation: the path with the caller's target ids, a body
 * that would succeed for a caller who may, and for the allowed cells of state-changing operations their own
 * fixture (a fresh purchase to cancel, the current value to set again). Rows that need fixtures made before any
 * of their cells run have a preparation.
 */
final class MatrixCalls {

    /** One cell: who calls and what the table expects. */
    record Cell(Caller caller, int expected) {

        boolean allowed() {
            return expected < 300;
        }
    }

    private static final String CANCEL = "{\"reason\":\"NO_LONGER_NEEDED\"}";

    private final MatrixWorld w;
    private final Map<String, Function<Cell, HttpResponse<String>>> calls = new HashMap<>();
    private final Map<String, Runnable> preparations = new HashMap<>();

    MatrixCalls(MatrixWorld world) {
        this.w = world;
        ownData();
        purchasersData();
        licenses();
        licenseRequests();
        policies();
        tenantPurchases();
        tenantLicenses();
        tenantAdministration();
    }

    boolean knows(String operation) {
        return calls.containsKey(operation);
    }

    void prepare(String operation) {
        preparations.getOrDefault(operation, () -> { }).run();
    }

    HttpResponse<String> call(String operation, Cell cell) {
        return calls.get(operation).apply(cell);
    }

    private void on(String operation, Function<Cell, HttpResponse<String>> call) {
        calls.put(operation, call);
    }

    private HttpResponse<String> get(Cell cell, String path) {
        return w.call(cell.caller(), "GET", path, null);
    }

    private HttpResponse<String> send(Cell cell, String method, String path, String body, String... headers) {
        return w.call(cell.caller(), method, path, body, headers);
    }

    /** What every signed-in person does with their own profile, tokens, cards, billing profile and notices. */
    private void ownData() {
        on("GET /api/v1/me", c -> get(c, "api/v1/me"));
        on("PATCH /api/v1/me", c -> send(c, "PATCH", "api/v1/me", "{\"locale\":\"" + w.locale(c.caller()) + "\"}"));
        on("GET /api/v1/tokens", c -> get(c, "api/v1/tokens"));
        on("POST /api/v1/tokens", c -> remember(w.tokensMade, c, "id",
                send(c, "POST", "api/v1/tokens", "{\"label\":\"authorization matrix cell\",\"validityDays\":1}")));
        on("DELETE /api/v1/tokens/{id}", c -> send(c, "DELETE", "api/v1/tokens/"
                + target(c.caller(), w.tokensMade.get(Caller.OWNER), w.liWeiToken), null));
        on("GET /api/v1/products", c -> get(c, "api/v1/products"));
        on("GET /api/v1/payment-methods", c -> get(c, "api/v1/payment-methods"));
        on("POST /api/v1/payment-methods", c -> remember(w.cardsMade, c, "id",
                send(c, "POST", "api/v1/payment-methods", card("Matrix " + c.caller().column()))));
        on("GET /api/v1/payment-methods/{id}", c -> get(c, "api/v1/payment-methods/" + target(c.caller(), w.annaCard, w.liWeiCard)));
        on("PATCH /api/v1/payment-methods/{id}", c -> send(c, "PATCH", "api/v1/payment-methods/"
                + target(c.caller(), w.annaCard, w.liWeiCard), sameCard(w.annaCard)));
        on("DELETE /api/v1/payment-methods/{id}", c -> {
            HttpResponse<String> answer = send(c, "DELETE", "api/v1/payment-methods/"
                    + target(c.caller(), w.cardsMade.get(Caller.OWNER), w.liWeiCard), null);
            if (answer.statusCode() == 204) {
                w.cardsMade.remove(c.caller());
            }
            return answer;
        });
        on("GET /api/v1/billing-profile", c -> get(c, "api/v1/billing-profile"));
        on("PUT /api/v1/billing-profile", c -> send(c, "PUT", "api/v1/billing-profile", sameBillingProfile(c.caller())));
        on("GET /api/v1/notices", c -> get(c, "api/v1/notices"));
        // Anna's receipt of the purchase row.
        preparations.put("POST /api/v1/notices/{id}/read", () -> w.annaNotice = w.firstNotice("anna@contoso.se"));
        on("POST /api/v1/notices/{id}/read", c -> send(c, "POST", "api/v1/notices/"
                + target(c.caller(), w.annaNotice, w.liWeiNotice) + "/read", null));
        on("POST /api/v1/notices/read-all", c -> send(c, "POST", "api/v1/notices/read-all", null));
    }

    /** Buying, trials, a purchaser's subscriptions and invoices. */
    private void purchasersData() {
        on("POST /api/v1/purchases", c -> remember(w.bought, c, "subscriptionId", send(c, "POST", "api/v1/purchases",
                "{\"productId\":\"" + BOUGHT + "\",\"quantity\":1,\"term\":\"MONTHLY\"," + payment(c) + "}",
                "Idempotency-Key", key())));
        on("POST /api/v1/trials", c -> remember(w.trials, c, "id", send(c, "POST", "api/v1/trials",
                "{\"productId\":\"" + PROJECT_PLAN_3 + "\",\"quantity\":1," + payment(c) + "}", "Idempotency-Key", key())));
        on("GET /api/v1/subscriptions", c -> get(c, "api/v1/subscriptions"));
        on("GET /api/v1/subscriptions/{id}", c -> get(c, "api/v1/subscriptions/" + subscription(c)));
        on("PATCH /api/v1/subscriptions/{id}", c -> send(c, "PATCH", "api/v1/subscriptions/" + subscription(c),
                "{\"quantity\":" + annasQuantity() + "}", "Idempotency-Key", key()));
        on("PUT /api/v1/subscriptions/{id}/payment-method", c -> send(c, "PUT", "api/v1/subscriptions/" + subscription(c)
                + "/payment-method", "{\"paymentMethodId\":\"" + w.annaCard + "\"}"));
        on("POST /api/v1/subscriptions/{id}/cancel", c -> send(c, "POST", "api/v1/subscriptions/"
                + target(c.caller(), w.bought.get(Caller.OWNER), w.liWeiSubscription) + "/cancel", CANCEL));
        on("GET /api/v1/invoices", c -> get(c, "api/v1/invoices"));
        on("GET /api/v1/invoices/{id}", c -> get(c, "api/v1/invoices/" + target(c.caller(), w.annaInvoice, w.liWeiInvoice)));
        on("GET /api/v1/invoices/{id}/pdf", c -> get(c, "api/v1/invoices/" + target(c.caller(), w.annaInvoice, w.liWeiInvoice)
                + "/pdf"));
    }

    /** A subscription's licenses, on Anna's demo Power BI Pro. */
    private void licenses() {
        String people = "{\"userIds\":[\"%s\"]}";
        on("GET /api/v1/subscriptions/{id}/licenses", c -> get(c, "api/v1/subscriptions/" + subscription(c) + "/licenses"));
        on("GET /api/v1/subscriptions/{id}/licenses/candidates", c -> get(c, "api/v1/subscriptions/" + subscription(c)
                + "/licenses/candidates?search=a"));
        on("POST /api/v1/subscriptions/{id}/licenses/assign", c -> send(c, "POST", "api/v1/subscriptions/" + subscription(c)
                + "/licenses/assign", people.formatted(w.assignee)));
        on("POST /api/v1/subscriptions/{id}/licenses/unassign", c -> send(c, "POST", "api/v1/subscriptions/"
                + subscription(c) + "/licenses/unassign", people.formatted(w.assignee)));
    }

    /** Asking for licenses and deciding; the tenant's own request flow. */
    private void licenseRequests() {
        on("GET /api/v1/license-requests", c -> get(c, "api/v1/license-requests"));
        on("GET /api/v1/license-requests/flow", c -> get(c, "api/v1/license-requests/flow"));
        on("POST /api/v1/license-requests", c -> {
            HttpResponse<String> answer = send(c, "POST", "api/v1/license-requests",
                    "{\"productId\":\"" + COPILOT + "\",\"userIds\":[\"" + w.userId(c.caller()) + "\"]}");
            // erik's demo request is updated, not made: it is left to the test that approves it.
            if (c.caller() != Caller.MEMBER && answer.statusCode() == 200) {
                w.requests.put(c.caller(), Api.json(answer).getString("id"));
            }
            return answer;
        });
        preparations.put("POST /api/v1/tenant/license-requests/{id}/decision", () -> w.queue("requests",
                List.of(Caller.OWNER, Caller.OTHER_PURCHASER, Caller.READER).stream().map(w.requests::remove).toList()));
        String request = "api/v1/tenant/license-requests/";
        on("GET /api/v1/tenant/license-requests", c -> get(c, request.substring(0, request.length() - 1)));
        on("GET /api/v1/tenant/license-requests/{id}", c -> get(c, request + anyRequest(c)));
        on("GET /api/v1/tenant/license-requests/{id}/subscriptions", c -> get(c, request + anyRequest(c) + "/subscriptions"));
        on("POST /api/v1/tenant/license-requests/{id}/decision", c -> {
            boolean china = c.caller() == Caller.PARTNER_WITHOUT_DELEGATION;
            String id = china ? UUID.randomUUID().toString() : w.next("requests", c.allowed());
            String requester = china ? w.userId("li.wei@contoso.cn")
                    : Api.json(w.get("admin@contoso.se", request + id)).getString("requesterId");
            return send(c, "POST", request + id + "/decision", "{\"approvedUserIds\":[],\"deniedUserIds\":[\"" + requester
                    + "\"],\"message\":\"authorization matrix\"}");
        });
        on("GET /api/v1/tenant/license-request-flow", c -> get(c, "api/v1/tenant/license-request-flow"));
        on("PUT /api/v1/tenant/license-request-flow", c -> send(c, "PUT", "api/v1/tenant/license-request-flow",
                w.get("admin@contoso.se", "api/v1/tenant/license-request-flow").body()));
    }

    private void policies() {
        String policies = "api/v1/policies";
        on("GET /api/v1/policies", c -> get(c, policies));
        on("GET /api/v1/policies/{policyId}", c -> get(c, policies + "/" + POLICY));
        on("GET /api/v1/policies/{policyId}/products", c -> get(c, policies + "/" + POLICY + "/products"));
        on("GET /api/v1/policies/{policyId}/products/{productId}", c -> get(c, policies + "/" + POLICY + "/products/"
                + POWER_BI_PREMIUM));
        on("PUT /api/v1/policies/{policyId}", c -> send(c, "PUT", policies + "/" + POLICY, "{\"defaultValue\":\""
                + Api.json(w.get("admin@contoso.se", policies + "/" + POLICY)).getString("defaultValue") + "\"}"));
        on("PUT /api/v1/policies/{policyId}/products/{productId}", c -> send(c, "PUT", policies + "/" + POLICY + "/products/"
                + POWER_BI_PREMIUM, "{\"policyValue\":\"" + Api.json(w.get("admin@contoso.se", policies + "/" + POLICY
                + "/products/" + POWER_BI_PREMIUM)).getString("policyValue") + "\"}"));
    }

    /** The tenant's purchases and central buying. */
    private void tenantPurchases() {
        String tenant = "api/v1/tenant/subscriptions";
        on("GET /api/v1/tenant/prices", c -> get(c, "api/v1/tenant/prices"));
        on("POST /api/v1/tenant/purchases", c -> {
            HttpResponse<String> answer = send(c, "POST", "api/v1/tenant/purchases", "{\"productId\":\"" + BOUGHT
                    + "\",\"quantity\":3,\"term\":\"MONTHLY\"}", "Idempotency-Key", key());
            if (answer.statusCode() == 201) {
                w.centrals.add(Api.json(answer).getString("subscriptionId"));
            }
            return answer;
        });
        on("GET /api/v1/tenant/subscriptions", c -> get(c, tenant + "?offset=0&limit=5"));
        on("GET /api/v1/tenant/subscriptions/{id}", c -> get(c, tenant + "/" + subscription(c)));
        on("GET /api/v1/tenant/subscriptions/{id}/history", c -> get(c, tenant + "/" + subscription(c) + "/history"));
        on("PATCH /api/v1/tenant/subscriptions/{id}", c -> send(c, "PATCH", tenant + "/" + central(c), "{\"quantity\":3}",
                "Idempotency-Key", key()));
        preparations.put("POST /api/v1/tenant/subscriptions/{id}/cancel", () -> w.queue("centrals", List.copyOf(w.centrals)));
        on("POST /api/v1/tenant/subscriptions/{id}/cancel", c -> send(c, "POST", tenant + "/"
                + (c.caller() == Caller.PARTNER_WITHOUT_DELEGATION ? w.liWeiSubscription : w.next("centrals", c.allowed()))
                + "/cancel", CANCEL));
        on("GET /api/v1/tenant/spend", c -> get(c, "api/v1/tenant/spend"));
    }

    /** The licenses view, unused licenses, take-over and centralizing. */
    private void tenantLicenses() {
        on("GET /api/v1/tenant/licenses", c -> get(c, "api/v1/tenant/licenses"));
        on("GET /api/v1/tenant/licenses/{productId}/subscriptions", c -> get(c, "api/v1/tenant/licenses/" + POWER_BI_PRO
                + "/subscriptions"));
        on("GET /api/v1/tenant/licenses/export", c -> get(c, "api/v1/tenant/licenses/export?subscriptionId=" + subscription(c)));
        on("GET /api/v1/tenant/unused-licenses", c -> get(c, "api/v1/tenant/unused-licenses?days=30"));
        preparations.put("POST /api/v1/tenant/unused-licenses/reclaim", () -> {
            String central = w.centrals.getFirst();
            List<String> holders = List.of(w.userId("erik@contoso.se"), w.userId("karin@contoso.se"), w.userId("anna@contoso.se"));
            w.as("admin@contoso.se", "POST", "api/v1/subscriptions/" + central + "/licenses/assign",
                    "{\"userIds\":[\"" + String.join("\",\"", holders) + "\"]}");
            w.queue("assignments", Database.column("select ID from LIC_ASSIGNMENT where SUBSCRIPTION_ID = ? and ENDED_AT is null"
                    + " order by USER_ID", central));
        });
        on("POST /api/v1/tenant/unused-licenses/reclaim", c -> send(c, "POST", "api/v1/tenant/unused-licenses/reclaim",
                "{\"assignmentIds\":[\"" + (c.caller() == Caller.PARTNER_WITHOUT_DELEGATION ? UUID.randomUUID().toString()
                        : w.next("assignments", c.allowed())) + "\"],\"notifyFirst\":false,\"graceDays\":0}"));
        for (String step : List.of("take-over/move", "take-over/cancel", "centralize")) {
            String operation = "POST /api/v1/tenant/subscriptions/{id}/" + step;
            preparations.put(operation, () -> w.queue(step, List.of(w.annaBuys(), w.annaBuys(), w.annaBuys(), w.annaBuys())));
            on(operation, c -> send(c, "POST", "api/v1/tenant/subscriptions/"
                    + (c.caller() == Caller.PARTNER_WITHOUT_DELEGATION ? w.liWeiSubscription : w.next(step, c.allowed()))
                    + "/" + step, step.equals("take-over/cancel") ? CANCEL
                    : "{\"targetSubscriptionId\":\"" + w.centrals.getFirst() + "\"}"));
        }
    }

    /** Notice deliveries, people's status, the audit log and the events feed. */
    private void tenantAdministration() {
        on("GET /api/v1/tenant/notices", c -> get(c, "api/v1/tenant/notices?limit=5"));
        preparations.put("POST /api/v1/tenant/notices/{id}/retry", () -> {
            // Two of Anna's notices whose mail failed (set here: the test server keeps mail, it never fails).
            // A new version, so that a dispatcher holding the row meanwhile cannot write over it.
            List<String> failed = Database.column("select ID from NTF_NOTICE where RECIPIENT_ID = ? and CLAIMED_BY is null"
                    + " order by CREATED_AT desc", w.userId("anna@contoso.se")).subList(0, 2);
            failed.forEach(id -> Database.update("update NTF_NOTICE set MAIL_STATE = 'FAILED', LAST_ERROR = ?,"
                    + " NEXT_ATTEMPT_AT = null, VERSION = VERSION + 1 where ID = ?", "authorization matrix", id));
            w.queue("failed", failed);
        });
        on("POST /api/v1/tenant/notices/{id}/retry", c -> send(c, "POST", "api/v1/tenant/notices/"
                + (c.caller() == Caller.PARTNER_WITHOUT_DELEGATION ? w.chinaNotice : w.next("failed", c.allowed()))
                + "/retry", null));
        on("PUT /api/v1/tenant/users/{id}/status", c -> send(c, "PUT", "api/v1/tenant/users/"
                + target(c.caller(), w.userId("erik@contoso.se"), w.userId("li.wei@contoso.cn")) + "/status",
                "{\"status\":\"ACTIVE\"}"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        on("GET /api/v1/tenant/audit", c -> get(c, "api/v1/tenant/audit?limit=5"));
        on("GET /api/v1/tenant/audit/export", c -> get(c, "api/v1/tenant/audit/export?from=" + today));
        on("GET /api/v1/events", c -> get(c, "api/v1/events?limit=5"));
    }

    // ---- targets and bodies

    private String subscription(Cell cell) {
        return target(cell.caller(), w.annaSubscription, w.liWeiSubscription);
    }

    private String central(Cell cell) {
        return target(cell.caller(), w.centrals.getFirst(), w.liWeiSubscription);
    }

    private String anyRequest(Cell cell) {
        return cell.caller() == Caller.PARTNER_WITHOUT_DELEGATION ? UUID.randomUUID().toString()
                : w.requests.get(Caller.BILLING_ADMIN);
    }

    private int annasQuantity() {
        return Api.json(w.get("anna@contoso.se", "api/v1/subscriptions/" + w.annaSubscription)).getInt("quantity");
    }

    /** Anna's demo card for her; the caller's card made by the matrix, else a new card, for everyone else. */
    private String payment(Cell cell) {
        String card = cell.caller() == Caller.OWNER ? w.annaCard : w.cardsMade.get(cell.caller());
        return card == null ? "\"card\":" + card("Matrix " + cell.caller().column()) : "\"paymentMethodId\":\"" + card + "\"";
    }

    /** Anna's card exactly as it is, with a security code for the gateway to verify it again. */
    private String sameCard(String id) {
        JsonObject card = Api.json(w.get("anna@contoso.se", "api/v1/payment-methods/" + id));
        return Json.createObjectBuilder().add("expiryMonth", card.getInt("expiryMonth")).add("expiryYear", card.getInt("expiryYear"))
                .add("securityCode", "123").add("nameOnCard", card.getString("nameOnCard"))
                .add("address", card.get("address")).build().toString();
    }

    /** The caller's billing profile as it is (Anna's for the anonymous caller). */
    private String sameBillingProfile(Caller caller) {
        String email = caller.email() == null ? "anna@contoso.se" : caller.email();
        JsonObject profile = Api.json(w.get(email, "api/v1/billing-profile"));
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (String field : List.of("organization", "address", "invoiceEmail", "purchaseOrder", "defaultPaymentMethodId")) {
            body.add(field, profile.getOrDefault(field, JsonValue.NULL));
        }
        return body.build().toString();
    }

    private static HttpResponse<String> remember(Map<Caller, String> made, Cell cell, String field, HttpResponse<String> answer) {
        if (answer.statusCode() == 201) {
            made.put(cell.caller(), Api.json(answer).getString(field));
        }
        return answer;
    }
}
