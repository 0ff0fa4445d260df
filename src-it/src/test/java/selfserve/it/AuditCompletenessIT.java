package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Audit completeness (issue 7): every state-changing REST operation of the OpenAPI document leaves exactly one
 * audit entry naming the actor, found by the correlation id the call sent. What an operation changes on the side
 * (the billing profile a first card starts, the subscription a move ends, the licenses an approval gives) is told
 * in its one entry. The table runs in Northwind Traders (sam@northwind.com buys, admin@northwind.com administers,
 * agent@fabrikam-partners.com is its partner) and leaves nobody holding a license and every setting as it found
 * it. Two operations need time moved or mail failing for hours and are checked by the tests named in
 * {@link #ELSEWHERE}; marking one's own notices read changes nothing of the organization and is not audited.
 */
@ExtendWith(ArquillianExtension.class)
class AuditCompletenessIT {

    private static final String SAM_EMAIL = "sam@northwind.com";
    private static final String ADMIN_EMAIL = "admin@northwind.com";
    private static final String AGENT_EMAIL = "agent@fabrikam-partners.com";
    private static final String SAM = basic(SAM_EMAIL, DemoAccounts.PASSWORD);
    private static final String ADMIN = basic(ADMIN_EMAIL, DemoAccounts.PASSWORD);
    private static final String AGENT = basic(AGENT_EMAIL, DemoAccounts.PASSWORD);
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";
    private static final String PROJECT_PLAN_1 = "CFQ7TTC0HDB1";
    private static final String POWER_BI_PREMIUM = "CFQ7TTC0H6RP";
    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase/products/";
    private static final String NO_LONGER_NEEDED = "{\"reason\":\"NO_LONGER_NEEDED\"}";

    /** State-changing operations checked by another test (which also finds their one entry), and why. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "POST /api/v1/tenant/notices/{id}/retry", "NotificationMailIT: a notice fails only after six attempts",
            "POST /api/v1/tenant/unused-licenses/reclaim", "UnusedLicensesIT: a license is unused only after days");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuditCompletenessIT.class, Api.class, DemoAccounts.class);
    }

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @PersistenceContext(unitName = "audit")
    private EntityManager audit;

    private Api api;
    private final List<Executable> checks = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();

    /** One operation of the table (as the OpenAPI document names it), who calls it, the entries it must leave. */
    private record Step(String operation, String actor, List<String> actions) {

        static Step of(String operation, String actor, String action) {
            return new Step(operation, actor, List.of(action));
        }
    }

    @Test
    void everyStateChangingOperationLeavesOneEntryNamingTheActor() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
        JsonObject me = json(api.get("api/v1/me", SAM));
        UUID sam = UUID.fromString(me.getString("id"));
        String northwind = me.getJsonObject("tenant").getString("id");
        UUID admin = UUID.fromString(json(api.get("api/v1/me", ADMIN)).getString("id"));

        // The purchase policy, by the tenant's admin and by its partner.
        run(Step.of("PUT /api/v1/policies/{policyId}/products/{productId}", ADMIN_EMAIL, "POLICY_CHANGED"),
                id -> put(POLICY + VISIO_PLAN_2, ADMIN, id, "{\"policyValue\":\"Disabled\"}"));
        run(Step.of("PUT /api/v1/policies/{policyId}/products/{productId}", AGENT_EMAIL, "POLICY_CHANGED"),
                id -> put(POLICY + VISIO_PLAN_2 + "?tenantId=" + northwind, AGENT, id, "{\"policyValue\":\"Enabled\"}"));
        run(Step.of("PUT /api/v1/policies/{policyId}", ADMIN_EMAIL, "POLICY_DEFAULT_CHANGED"),
                id -> put("api/v1/policies/AllowSelfServicePurchase", ADMIN, id, "{\"defaultValue\":\"Enabled\"}"));

        // The caller's own settings, cards and billing profile.
        run(Step.of("PATCH /api/v1/me", SAM_EMAIL, "LOCALE_CHANGED"),
                id -> patch("api/v1/me", SAM, id, "{\"locale\":\"sv-SE\"}"));
        expect(200, patch("api/v1/me", SAM, fresh(), "{\"locale\":\"" + me.getString("locale") + "\"}"));
        String[] saved = new String[1];
        run(Step.of("POST /api/v1/payment-methods", SAM_EMAIL, "PAYMENT_METHOD_ADDED"), id -> {
            HttpResponse<String> response = post("api/v1/payment-methods", SAM, id, card());
            saved[0] = json(response).getString("id");
            return response;
        });
        String card = saved[0];
        run(Step.of("PATCH /api/v1/payment-methods/{id}", SAM_EMAIL, "PAYMENT_METHOD_CHANGED"),
                id -> patch("api/v1/payment-methods/" + card, SAM, id, "{\"expiryMonth\":11,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\"}"));
        JsonObject profile = json(expect(200, api.get("api/v1/billing-profile", SAM)));
        run(Step.of("PUT /api/v1/billing-profile", SAM_EMAIL, "BILLING_PROFILE_CHANGED"),
                id -> put("api/v1/billing-profile", SAM, id, "{\"organization\":\"Northwind Traders\",\"invoiceEmail\":\""
                        + profile.getString("invoiceEmail") + "\",\"purchaseOrder\":\"PO-" + id.hashCode() + "\"}"));
        String spare = json(expect(201, api.postJson("api/v1/payment-methods", SAM, card()))).getString("id");
        run(Step.of("DELETE /api/v1/payment-methods/{id}", SAM_EMAIL, "PAYMENT_METHOD_REMOVED"),
                id -> send(id, api.request("api/v1/payment-methods/" + spare).header("Authorization", SAM).DELETE()));

        // A self-service purchase's life: buy, more licenses, assign, unassign, replace the card, cancel.
        String[] bought = new String[1];
        run(Step.of("POST /api/v1/purchases", SAM_EMAIL, "PURCHASE"), id -> {
            HttpResponse<String> response = purchase(id, VISIO_PLAN_2, 2, "\"paymentMethodId\":\"" + card + "\"");
            bought[0] = subscriptionOf(response);
            return response;
        });
        run(Step.of("PATCH /api/v1/subscriptions/{id}", SAM_EMAIL, "QUANTITY_CHANGED"),
                id -> send(id, api.request("api/v1/subscriptions/" + bought[0]).header("Authorization", SAM)
                        .header("Idempotency-Key", fresh()).header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":3}"))));
        run(Step.of("POST /api/v1/subscriptions/{id}/licenses/assign", SAM_EMAIL, "LICENSES_ASSIGNED"),
                id -> post("api/v1/subscriptions/" + bought[0] + "/licenses/assign", SAM, id, users(sam)));
        run(Step.of("POST /api/v1/subscriptions/{id}/licenses/unassign", SAM_EMAIL, "LICENSES_UNASSIGNED"),
                id -> post("api/v1/subscriptions/" + bought[0] + "/licenses/unassign", SAM, id, users(sam)));
        run(Step.of("PUT /api/v1/subscriptions/{id}/payment-method", SAM_EMAIL, "PAYMENT_METHOD_REPLACED"),
                id -> put("api/v1/subscriptions/" + bought[0] + "/payment-method", SAM, id, "{\"card\":" + card() + "}"));
        run(Step.of("POST /api/v1/subscriptions/{id}/cancel", SAM_EMAIL, "SUBSCRIPTION_CANCELED"),
                id -> post("api/v1/subscriptions/" + bought[0] + "/cancel", SAM, id, NO_LONGER_NEEDED));
        String withNewCard = subscriptionOf(purchase(fresh(), PROJECT_PLAN_1, 1, "\"card\":" + card()));
        List<String> newCardEntries = entriesOf(withNewCard);
        checks.add(() -> assertEquals(List.of("PURCHASE|" + SAM_EMAIL), newCardEntries,
                "a purchase with a new card: one entry, which names the card"));
        expect(200, post("api/v1/subscriptions/" + withNewCard + "/cancel", SAM, fresh(), NO_LONGER_NEEDED));

        // A trial without a payment method, by the admin (whose trials no other test needs), then ended again.
        String[] trial = new String[1];
        run(Step.of("POST /api/v1/trials", ADMIN_EMAIL, "TRIAL_STARTED"), id -> {
            HttpResponse<String> response = send(id, api.request("api/v1/trials").header("Authorization", ADMIN)
                    .header("Idempotency-Key", fresh()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + PROJECT_PLAN_1 + "\"}")));
            trial[0] = json(response).getString("id");
            return response;
        });
        expect(200, post("api/v1/subscriptions/" + trial[0] + "/cancel", ADMIN, fresh(), NO_LONGER_NEEDED));

        // Take-overs by the admin: canceling, or moving the users (one entry for the move and the end it brings).
        String takenOver = subscriptionOf(purchase(fresh(), VISIO_PLAN_2, 1, "\"paymentMethodId\":\"" + card + "\""));
        run(Step.of("POST /api/v1/tenant/subscriptions/{id}/take-over/cancel", ADMIN_EMAIL, "SUBSCRIPTION_TAKEN_OVER"),
                id -> post("api/v1/tenant/subscriptions/" + takenOver + "/take-over/cancel", ADMIN, id, NO_LONGER_NEEDED));
        String moved = subscriptionOf(purchase(fresh(), VISIO_PLAN_2, 1, "\"paymentMethodId\":\"" + card + "\""));
        String roomy = subscriptionOf(purchase(fresh(), VISIO_PLAN_2, 2, "\"paymentMethodId\":\"" + card + "\""));
        expect(200, post("api/v1/subscriptions/" + moved + "/licenses/assign", SAM, fresh(), users(sam)));
        run(Step.of("POST /api/v1/tenant/subscriptions/{id}/take-over/move", ADMIN_EMAIL, "LICENSED_USERS_MOVED"),
                id -> post("api/v1/tenant/subscriptions/" + moved + "/take-over/move", ADMIN, id,
                        "{\"targetSubscriptionId\":\"" + roomy + "\"}"));
        expect(200, post("api/v1/subscriptions/" + roomy + "/licenses/unassign", SAM, fresh(), users(sam)));
        expect(200, post("api/v1/subscriptions/" + roomy + "/cancel", SAM, fresh(), NO_LONGER_NEEDED));

        // Central buying, centralizing a purchase into it, and a license request decided from it.
        String[] central = new String[1];
        run(Step.of("POST /api/v1/tenant/purchases", ADMIN_EMAIL, "CENTRAL_PURCHASE"), id -> {
            HttpResponse<String> response = send(id, api.request("api/v1/tenant/purchases").header("Authorization", ADMIN)
                    .header("Idempotency-Key", fresh()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + POWER_BI_PREMIUM
                            + "\",\"quantity\":2,\"term\":\"MONTHLY\"}")));
            central[0] = subscriptionOf(response);
            return response;
        });
        run(Step.of("PATCH /api/v1/tenant/subscriptions/{id}", ADMIN_EMAIL, "CENTRAL_QUANTITY_CHANGED"),
                id -> send(id, api.request("api/v1/tenant/subscriptions/" + central[0]).header("Authorization", ADMIN)
                        .header("Idempotency-Key", fresh()).header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":3}"))));
        String selfBought = subscriptionOf(purchase(fresh(), POWER_BI_PREMIUM, 1, "\"paymentMethodId\":\"" + card + "\""));
        expect(200, post("api/v1/subscriptions/" + selfBought + "/licenses/assign", SAM, fresh(), users(admin)));
        run(Step.of("POST /api/v1/tenant/subscriptions/{id}/centralize", ADMIN_EMAIL, "LICENSED_USERS_CENTRALIZED"),
                id -> post("api/v1/tenant/subscriptions/" + selfBought + "/centralize", ADMIN, id,
                        "{\"targetSubscriptionId\":\"" + central[0] + "\"}"));
        expect(200, post("api/v1/subscriptions/" + selfBought + "/cancel", SAM, fresh(), NO_LONGER_NEEDED));
        expect(200, put(POLICY + POWER_BI_PREMIUM, ADMIN, fresh(), "{\"policyValue\":\"Disabled\"}"));
        String[] request = new String[1];
        run(Step.of("POST /api/v1/license-requests", SAM_EMAIL, "LICENSE_REQUESTED"), id -> {
            HttpResponse<String> response = post("api/v1/license-requests", SAM, id,
                    "{\"productId\":\"" + POWER_BI_PREMIUM + "\",\"userIds\":[\"" + sam + "\"]}");
            request[0] = json(response).getString("id");
            return response;
        });
        run(Step.of("POST /api/v1/tenant/license-requests/{id}/decision", ADMIN_EMAIL, "LICENSE_REQUEST_DECIDED"),
                id -> post("api/v1/tenant/license-requests/" + request[0] + "/decision", ADMIN, id,
                        "{\"approvedUserIds\":[\"" + sam + "\"],\"deniedUserIds\":[],\"subscriptionId\":\"" + central[0]
                                + "\"}"));
        List<String> requestEntries = json(expect(200, api.get("api/v1/tenant/audit?product=" + POWER_BI_PREMIUM
                + "&action=LICENSE_REQUESTED&action=LICENSE_REQUEST_DECIDED&limit=500", ADMIN)))
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> request[0].equals(entry.getString("target")))
                .map(entry -> entry.getString("action") + "|" + entry.getString("productId")).sorted().toList();
        checks.add(() -> assertEquals(List.of("LICENSE_REQUESTED|" + POWER_BI_PREMIUM,
                "LICENSE_REQUEST_DECIDED|" + POWER_BI_PREMIUM), requestEntries, "the request's entries, found by product"));
        run(Step.of("PUT /api/v1/tenant/license-request-flow", ADMIN_EMAIL, "LICENSE_REQUEST_FLOW_CHANGED"),
                id -> put("api/v1/tenant/license-request-flow", ADMIN, id, "{\"ownFlow\":true,\"message\":\"Ask IT\","
                        + "\"link\":\"https://it.northwind.example/licenses\"}"));
        expect(200, put("api/v1/tenant/license-request-flow", ADMIN, fresh(), "{\"ownFlow\":false}"));
        run(Step.of("POST /api/v1/tenant/subscriptions/{id}/cancel", ADMIN_EMAIL, "CENTRAL_SUBSCRIPTION_CANCELED"),
                id -> post("api/v1/tenant/subscriptions/" + central[0] + "/cancel", ADMIN, id, NO_LONGER_NEEDED));
        expect(200, put(POLICY + POWER_BI_PREMIUM, ADMIN, fresh(), "{\"policyValue\":\"Enabled\"}"));

        // Notices: reading one's own changes nothing of the organization and is not audited.
        String notice = json(expect(200, api.get("api/v1/notices?limit=1", SAM))).getJsonArray("notices")
                .getJsonObject(0).getString("id");
        run(new Step("POST /api/v1/notices/{id}/read", SAM_EMAIL, List.of()),
                id -> send(id, api.request("api/v1/notices/" + notice + "/read").header("Authorization", SAM)
                        .POST(HttpRequest.BodyPublishers.noBody())));
        run(new Step("POST /api/v1/notices/read-all", SAM_EMAIL, List.of()),
                id -> send(id, api.request("api/v1/notices/read-all").header("Authorization", SAM)
                        .POST(HttpRequest.BodyPublishers.noBody())));

        // API tokens, a user disabled and enabled again, and signing in.
        String[] token = new String[1];
        run(Step.of("POST /api/v1/tokens", SAM_EMAIL, "API_TOKEN_ISSUED"), id -> {
            HttpResponse<String> response = post("api/v1/tokens", SAM, id, "{\"label\":\"audit completeness\"}");
            token[0] = json(response).getString("id");
            return response;
        });
        run(Step.of("DELETE /api/v1/tokens/{id}", SAM_EMAIL, "API_TOKEN_REVOKED"),
                id -> send(id, api.request("api/v1/tokens/" + token[0]).header("Authorization", SAM).DELETE()));
        run(Step.of("PUT /api/v1/tenant/users/{id}/status", ADMIN_EMAIL, "USER_STATUS_CHANGED"),
                id -> put("api/v1/tenant/users/" + sam + "/status", ADMIN, id, "{\"status\":\"DISABLED\"}"));
        expect(200, put("api/v1/tenant/users/" + sam + "/status", ADMIN, fresh(), "{\"status\":\"ACTIVE\"}"));
        run(Step.of("POST /login", SAM_EMAIL, "SIGN_IN"),
                id -> send(id, api.request("login").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(SAM_EMAIL,
                                StandardCharsets.UTF_8) + "&password=" + DemoAccounts.PASSWORD))));

        checks.add(() -> assertEquals(stateChangingOperations(), coveredOrElsewhere(),
                "every state-changing operation of the OpenAPI document has a row here or in ELSEWHERE"));
        assertAll(checks);
    }

    /** Runs one operation with a fresh correlation id, then checks the entries written under it. */
    private void run(Step step, Function<String, HttpResponse<String>> operation) {
        String correlationId = "it-audit-" + UUID.randomUUID();
        HttpResponse<String> response = operation.apply(correlationId);
        assertTrue(response.statusCode() < 400, () -> step.operation() + ": " + response.statusCode() + " " + response.body());
        covered.add(step.operation());
        List<String> entries = entries(correlationId);
        List<String> expected = step.actions().stream().map(action -> action + "|" + step.actor()).sorted().toList();
        checks.add(() -> assertEquals(expected, entries, step.operation() + " by " + step.actor()));
    }

    /** The entries under a correlation id, as ACTION|ACTOR_NAME, sorted. */
    private List<String> entries(String correlationId) {
        List<?> rows = audit.createNativeQuery("select ACTION, ACTOR_NAME from AUD_ENTRY where CORRELATION_ID = ?")
                .setParameter(1, correlationId).getResultList();
        return rows.stream().map(row -> ((Object[]) row)[0] + "|" + ((Object[]) row)[1]).sorted().toList();
    }

    /** The entries about a subscription, as ACTION|ACTOR_NAME, sorted. */
    private List<String> entriesOf(String subscriptionId) {
        List<?> rows = audit.createNativeQuery("select ACTION, ACTOR_NAME from AUD_ENTRY where TARGET = ?")
                .setParameter(1, subscriptionId).getResultList();
        return rows.stream().map(row -> ((Object[]) row)[0] + "|" + ((Object[]) row)[1]).sorted().toList();
    }

    /** Every operation of the OpenAPI document other than a read, as METHOD /path, and the form sign-in. */
    private Set<String> stateChangingOperations() {
        JsonObject paths = json(api.send(api.request("openapi?format=JSON").header("Accept", "application/json")))
                .getJsonObject("paths");
        Set<String> operations = new TreeSet<>(Set.of("POST /login"));
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(method -> Set.of("put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    private Set<String> coveredOrElsewhere() {
        Set<String> all = new TreeSet<>(covered);
        all.addAll(ELSEWHERE.keySet());
        return all;
    }

    private HttpResponse<String> purchase(String correlationId, String product, int quantity, String payment) {
        return expect(201, send(correlationId, api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Idempotency-Key", fresh()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + product + "\",\"quantity\":" + quantity
                        + ",\"term\":\"MONTHLY\"," + payment + "}"))));
    }

    private static String subscriptionOf(HttpResponse<String> response) {
        return json(response).getString("subscriptionId");
    }

    private static String fresh() {
        return "it-" + UUID.randomUUID();
    }

    private HttpResponse<String> post(String path, String authorization, String correlationId, String json) {
        return send(correlationId, api.request(path).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> put(String path, String authorization, String correlationId, String json) {
        return send(correlationId, api.request(path).header("Authorization", authorization)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> patch(String path, String authorization, String correlationId, String json) {
        return send(correlationId, api.request(path).header("Authorization", authorization)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(String correlationId, HttpRequest.Builder request) {
        return api.send(request.header("X-Correlation-Id", correlationId));
    }

    private static String users(UUID... ids) {
        return "{\"userIds\":[" + String.join(",", List.of(ids).stream().map(id -> "\"" + id + "\"").toList()) + "]}";
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static String card() {
        return "{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\","
                + "\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}";
    }
}
