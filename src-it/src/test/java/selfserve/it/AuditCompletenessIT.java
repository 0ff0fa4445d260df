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
 * Audit completeness (issue 7): every state-changing REST operation of a representative set leaves exactly one
 * audit entry naming the actor, found by the correlation id the call sent. The table runs in Northwind Traders
 * (sam@northwind.com buys, admin@northwind.com administers, agent@fabrikam-partners.com is its partner) and
 * leaves nobody holding a license of what it used. What an operation changes on the side (the billing profile a
 * first card starts, the subscription a move ends, the licenses an approval gives) is told in its one entry.
 * Entries about a product are found by the audit log's product filter.
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

    /** One operation of the table: who calls, what it is, the entries it must leave (one, but for the gaps). */
    private record Step(String name, String actor, List<String> actions) {
    }

    @Test
    void everyStateChangingOperationLeavesOneEntryNamingTheActor() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
        UUID sam = UUID.fromString(json(api.get("api/v1/me", SAM)).getString("id"));
        String northwind = json(api.get("api/v1/me", SAM)).getJsonObject("tenant").getString("id");
        String[] saved = new String[1];
        run(new Step("card saved (starts or completes the billing profile)", SAM_EMAIL, List.of("PAYMENT_METHOD_ADDED")),
                id -> {
                    HttpResponse<String> response = post("api/v1/payment-methods", SAM, id, card());
                    saved[0] = json(response).getString("id");
                    return response;
                });
        String card = saved[0];

        // The purchase policy, by the tenant's admin and by its partner.
        run(new Step("policy change", ADMIN_EMAIL, List.of("POLICY_CHANGED")),
                id -> put(POLICY + VISIO_PLAN_2, ADMIN, id, "{\"policyValue\":\"Disabled\"}"));
        run(new Step("policy change by the partner", AGENT_EMAIL, List.of("POLICY_CHANGED")),
                id -> put(POLICY + VISIO_PLAN_2 + "?tenantId=" + northwind, AGENT, id, "{\"policyValue\":\"Enabled\"}"));
        run(new Step("default policy change", ADMIN_EMAIL, List.of("POLICY_DEFAULT_CHANGED")),
                id -> put("api/v1/policies/AllowSelfServicePurchase", ADMIN, id, "{\"defaultValue\":\"Enabled\"}"));

        // A self-service purchase's life: buy, more licenses, assign, unassign, cancel.
        String[] bought = new String[1];
        run(new Step("purchase with a saved card", SAM_EMAIL, List.of("PURCHASE")), id -> {
            HttpResponse<String> response = purchase(id, VISIO_PLAN_2, 2, card);
            bought[0] = json(response).getString("subscriptionId");
            return response;
        });
        String[] withNewCard = new String[1];
        run(new Step("purchase with a new card", SAM_EMAIL, List.of("PURCHASE")), id -> {
            HttpResponse<String> response = expect(201, send(id, api.request("api/v1/purchases").header("Authorization", SAM)
                    .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + PROJECT_PLAN_1
                            + "\",\"quantity\":1,\"term\":\"MONTHLY\",\"card\":" + card() + "}"))));
            withNewCard[0] = subscriptionOf(response);
            return response;
        });
        run(new Step("card replaced by a new one", SAM_EMAIL, List.of("PAYMENT_METHOD_REPLACED")),
                id -> send(id, api.request("api/v1/subscriptions/" + withNewCard[0] + "/payment-method")
                        .header("Authorization", SAM).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"card\":" + card() + "}"))));
        expect(200, post("api/v1/subscriptions/" + withNewCard[0] + "/cancel", SAM, "it-" + UUID.randomUUID(),
                "{\"reason\":\"NO_LONGER_NEEDED\"}"));
        String spare = json(expect(201, api.postJson("api/v1/payment-methods", SAM, card()))).getString("id");
        run(new Step("card removed", SAM_EMAIL, List.of("PAYMENT_METHOD_REMOVED")),
                id -> send(id, api.request("api/v1/payment-methods/" + spare).header("Authorization", SAM).DELETE()));
        run(new Step("quantity change", SAM_EMAIL, List.of("QUANTITY_CHANGED")),
                id -> send(id, api.request("api/v1/subscriptions/" + bought[0]).header("Authorization", SAM)
                        .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":3}"))));
        run(new Step("license assign", SAM_EMAIL, List.of("LICENSES_ASSIGNED")),
                id -> post("api/v1/subscriptions/" + bought[0] + "/licenses/assign", SAM, id, users(sam)));
        run(new Step("license unassign", SAM_EMAIL, List.of("LICENSES_UNASSIGNED")),
                id -> post("api/v1/subscriptions/" + bought[0] + "/licenses/unassign", SAM, id, users(sam)));
        run(new Step("cancel", SAM_EMAIL, List.of("SUBSCRIPTION_CANCELED")),
                id -> post("api/v1/subscriptions/" + bought[0] + "/cancel", SAM, id, "{\"reason\":\"NO_LONGER_NEEDED\"}"));

        // A trial without a payment method, by the admin (whose trials no other test needs), then ended again.
        String[] trial = new String[1];
        run(new Step("trial start", ADMIN_EMAIL, List.of("TRIAL_STARTED")), id -> {
            HttpResponse<String> response = send(id, api.request("api/v1/trials").header("Authorization", ADMIN)
                    .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + PROJECT_PLAN_1 + "\"}")));
            trial[0] = json(response).getString("id");
            return response;
        });
        expect(200, post("api/v1/subscriptions/" + trial[0] + "/cancel", ADMIN, "it-" + UUID.randomUUID(),
                "{\"reason\":\"NO_LONGER_NEEDED\"}"));

        // Take-overs by the admin: canceling, or moving the users (one entry for the move and the end it brings).
        String takenOver = subscriptionOf(purchase("it-" + UUID.randomUUID(), VISIO_PLAN_2, 1, card));
        run(new Step("take-over: cancel", ADMIN_EMAIL, List.of("SUBSCRIPTION_TAKEN_OVER")),
                id -> post("api/v1/tenant/subscriptions/" + takenOver + "/take-over/cancel", ADMIN, id,
                        "{\"reason\":\"NO_LONGER_NEEDED\"}"));
        String moved = subscriptionOf(purchase("it-" + UUID.randomUUID(), VISIO_PLAN_2, 1, card));
        String roomy = subscriptionOf(purchase("it-" + UUID.randomUUID(), VISIO_PLAN_2, 2, card));
        expect(200, post("api/v1/subscriptions/" + moved + "/licenses/assign", SAM, "it-" + UUID.randomUUID(), users(sam)));
        run(new Step("take-over: move users", ADMIN_EMAIL, List.of("LICENSED_USERS_MOVED")),
                id -> post("api/v1/tenant/subscriptions/" + moved + "/take-over/move", ADMIN, id,
                        "{\"targetSubscriptionId\":\"" + roomy + "\"}"));
        expect(200, post("api/v1/subscriptions/" + roomy + "/licenses/unassign", SAM, "it-" + UUID.randomUUID(), users(sam)));
        expect(200, post("api/v1/subscriptions/" + roomy + "/cancel", SAM, "it-" + UUID.randomUUID(),
                "{\"reason\":\"NO_LONGER_NEEDED\"}"));

        // A license request, decided from a central subscription, which is then canceled.
        String[] central = new String[1];
        run(new Step("central purchase", ADMIN_EMAIL, List.of("CENTRAL_PURCHASE")), id -> {
            HttpResponse<String> response = send(id, api.request("api/v1/tenant/purchases").header("Authorization", ADMIN)
                    .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + POWER_BI_PREMIUM
                            + "\",\"quantity\":2,\"term\":\"MONTHLY\"}")));
            central[0] = subscriptionOf(response);
            return response;
        });
        expect(200, put(POLICY + POWER_BI_PREMIUM, ADMIN, "it-" + UUID.randomUUID(), "{\"policyValue\":\"Disabled\"}"));
        String[] request = new String[1];
        run(new Step("license request", SAM_EMAIL, List.of("LICENSE_REQUESTED")), id -> {
            HttpResponse<String> response = post("api/v1/license-requests", SAM, id,
                    "{\"productId\":\"" + POWER_BI_PREMIUM + "\",\"userIds\":[\"" + sam + "\"]}");
            request[0] = json(response).getString("id");
            return response;
        });
        run(new Step("license request decision, approving gives the license", ADMIN_EMAIL,
                        List.of("LICENSE_REQUEST_DECIDED")),
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
        run(new Step("central cancel", ADMIN_EMAIL, List.of("CENTRAL_SUBSCRIPTION_CANCELED")),
                id -> post("api/v1/tenant/subscriptions/" + central[0] + "/cancel", ADMIN, id,
                        "{\"reason\":\"NO_LONGER_NEEDED\"}"));
        expect(200, put(POLICY + POWER_BI_PREMIUM, ADMIN, "it-" + UUID.randomUUID(), "{\"policyValue\":\"Enabled\"}"));

        // API tokens and signing in.
        String[] token = new String[1];
        run(new Step("token issue", SAM_EMAIL, List.of("API_TOKEN_ISSUED")), id -> {
            HttpResponse<String> response = post("api/v1/tokens", SAM, id, "{\"label\":\"audit completeness\"}");
            token[0] = json(response).getString("id");
            return response;
        });
        run(new Step("token revoke", SAM_EMAIL, List.of("API_TOKEN_REVOKED")),
                id -> send(id, api.request("api/v1/tokens/" + token[0]).header("Authorization", SAM).DELETE()));
        run(new Step("sign-in", SAM_EMAIL, List.of("SIGN_IN")),
                id -> send(id, api.request("login").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(SAM_EMAIL,
                                StandardCharsets.UTF_8) + "&password=" + DemoAccounts.PASSWORD))));

        assertAll(checks);
    }

    /** Runs one operation with a fresh correlation id, then checks the entries written under it. */
    private void run(Step step, Function<String, HttpResponse<String>> operation) {
        String correlationId = "it-audit-" + UUID.randomUUID();
        HttpResponse<String> response = operation.apply(correlationId);
        assertTrue(response.statusCode() < 400, () -> step.name() + ": " + response.statusCode() + " " + response.body());
        List<String> entries = entries(correlationId);
        List<String> expected = step.actions().stream().map(action -> action + "|" + step.actor()).sorted().toList();
        checks.add(() -> assertEquals(expected, entries, step.name()));
    }

    /** The entries under a correlation id, as ACTION|ACTOR_NAME, sorted. */
    private List<String> entries(String correlationId) {
        List<?> rows = audit.createNativeQuery("select ACTION, ACTOR_NAME from AUD_ENTRY where CORRELATION_ID = ?")
                .setParameter(1, correlationId).getResultList();
        return rows.stream().map(row -> ((Object[]) row)[0] + "|" + ((Object[]) row)[1]).sorted().toList();
    }

    private HttpResponse<String> purchase(String correlationId, String product, int quantity, String card) {
        return expect(201, send(correlationId, api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + product + "\",\"quantity\":" + quantity
                        + ",\"term\":\"MONTHLY\",\"paymentMethodId\":\"" + card + "\"}"))));
    }

    private static String subscriptionOf(HttpResponse<String> response) {
        return json(response).getString("subscriptionId");
    }

    private HttpResponse<String> post(String path, String authorization, String correlationId, String json) {
        return send(correlationId, api.request(path).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> put(String path, String authorization, String correlationId, String json) {
        return send(correlationId, api.request(path).header("Authorization", authorization)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
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
