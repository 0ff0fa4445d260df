package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins taking sam@northwind.com's purchases over: moving the users needs a free license for
 * each at the target or nothing moves; a move or a cancel ends in Deleted with the users where they belong;
 * two admins at once: one wins, the other gets 409; only the tenant's admins (and its partner) may.
 */
@ExtendWith(ArquillianExtension.class)
class TakeOverApiIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String ADMIN = basic("admin@northwind.com", DemoAccounts.PASSWORD);
    private static final String PARTNER = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
    private static final String POWER_AUTOMATE = "CFQ7TTC0LH3L";
    private static final String MICROSOFT_365_F3 = "CFQ7TTC0LH05";
    private static final String POWER_BI_PREMIUM = "CFQ7TTC0H6RP";
    private static final String POWER_AUTOMATE_RPA = "CFQ7TTC0LSGZ";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private UUID sam;
    private UUID admin;

    @BeforeEach
    void connect() {
        api = new Api(base);
        sam = UUID.fromString(json(api.get("api/v1/me", SAM)).getString("id"));
        admin = UUID.fromString(json(api.get("api/v1/me", ADMIN)).getString("id"));
    }

    @Test
    void movingNeedsAFreeLicenseForEveryUserThenEndsInDeleted() {
        allow(POWER_AUTOMATE);
        UUID bought = buy(POWER_AUTOMATE, 2);
        UUID tooSmall = buy(POWER_AUTOMATE, 1);
        UUID roomy = buy(POWER_AUTOMATE, 3);
        assertEquals(200, assign(bought, sam, admin).statusCode());

        HttpResponse<String> refused = move(ADMIN, bought, tooSmall);

        assertProblem(refused, 409, "NOT_ENOUGH_SEATS_TO_MOVE");
        assertTrue(json(refused).getString("detail").contains("1"), refused.body());
        assertEquals(2, licenses(bought).getInt("assigned"), "nothing moved");
        assertEquals("ACTIVE", status(bought));

        Set<String> movedNotices = notices("MOVED_BY_ADMIN");
        HttpResponse<String> moved = move(ADMIN, bought, roomy);

        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject target = json(moved);
        assertEquals(2, target.getInt("assigned"));
        assertEquals(List.of("admin@northwind.com", "sam@northwind.com"), target.getJsonArray("users")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("email")).sorted().toList());
        assertEquals("DELETED", status(bought));
        assertEquals("DELETED", json(api.get("api/v1/subscriptions/" + bought, SAM)).getString("status"),
                "the purchaser sees it as Deleted too");
        JsonObject old = licenses(bought);
        assertFalse(old.getBoolean("running"));
        assertEquals(0, old.getInt("assigned"));
        assertProblem(move(ADMIN, bought, roomy), 409, "SUBSCRIPTION_NOT_RUNNING");
        assertEquals(1, newer(notices("MOVED_BY_ADMIN"), movedNotices), "the purchaser is told that it was canceled");
    }

    @Test
    void cancelingEndsTheUsersLicensesAndNeedsAReason() {
        allow(MICROSOFT_365_F3);
        UUID bought = buy(MICROSOFT_365_F3, 2);
        assertEquals(200, assign(bought, sam).statusCode());

        assertProblem(api.postJson(takeOver(bought) + "/cancel", ADMIN, "{}"), 400, "CANCEL_REASON_REQUIRED");
        assertEquals("ACTIVE", status(bought));

        Set<String> canceledNotices = notices("CANCELED_BY_ADMIN");
        HttpResponse<String> canceled = api.postJson(takeOver(bought) + "/cancel", PARTNER,
                "{\"reason\":\"SWITCHING_PRODUCT\"}");

        assertEquals(200, canceled.statusCode(), canceled.body());
        assertEquals("DELETED", status(bought));
        assertTrue(licenses(bought).getJsonArray("users").isEmpty(), "sam lost the license");
        assertEquals(1, newer(notices("CANCELED_BY_ADMIN"), canceledNotices), "the purchaser is told");
        UUID again = buy(MICROSOFT_365_F3, 1);
        assertEquals(200, assign(again, sam).statusCode(), "sam holds no license of the product any more");
    }

    @Test
    void twoAdminsTakingOverAtOnceOneWins() {
        allow(POWER_BI_PREMIUM);
        UUID bought = buy(POWER_BI_PREMIUM, 1);
        UUID first = buy(POWER_BI_PREMIUM, 2);
        UUID second = buy(POWER_BI_PREMIUM, 2);
        assertEquals(200, assign(bought, admin).statusCode());

        List<CompletableFuture<HttpResponse<String>>> racing = List.of(
                api.sendAsync(moveRequest(ADMIN, bought, first)), api.sendAsync(moveRequest(PARTNER, bought, second)));
        Map<Integer, Long> answers = racing.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertEquals(Map.of(200, 1L, 409, 1L), answers);
        assertEquals(1, licenses(first).getInt("assigned") + licenses(second).getInt("assigned"),
                "the user moved exactly once");
        assertEquals("DELETED", status(bought));
    }

    @Test
    void centralizingGivesTheUsersCentralLicensesAndKeepsThePurchaseRunning() {
        allow(POWER_AUTOMATE_RPA);
        UUID bought = buy(POWER_AUTOMATE_RPA, 2);
        UUID otherSelfService = buy(POWER_AUTOMATE_RPA, 5);
        assertEquals(200, assign(bought, sam, admin).statusCode());
        UUID central = buyCentrally(POWER_AUTOMATE_RPA, 5);

        assertProblem(api.postJson(centralize(bought), ADMIN, target(otherSelfService)), 400, "MOVE_TARGET_INVALID");
        HttpResponse<String> centralized = api.postJson(centralize(bought), ADMIN, target(central));

        assertEquals(200, centralized.statusCode(), centralized.body());
        assertEquals(2, json(centralized).getInt("assigned"));
        assertEquals("ACTIVE", status(bought), "the purchaser is asked to cancel; until then it runs");
        assertEquals(0, licenses(bought).getInt("assigned"));
        assertProblem(api.postJson(centralize(bought), SAM, target(central)), 403, "FORBIDDEN");
    }

    @Test
    void onlyTheTenantsAdminsTakeOver() {
        allow(POWER_AUTOMATE);
        UUID bought = buy(POWER_AUTOMATE, 1);
        UUID target = buy(POWER_AUTOMATE, 1);
        String cancel = "{\"reason\":\"NO_LONGER_NEEDED\"}";

        assertProblem(api.postJson(takeOver(bought) + "/cancel", SAM, cancel), 403, "FORBIDDEN");
        for (String stranger : List.of("admin@contoso.se", "admin@contoso.cn")) {
            assertProblem(api.postJson(takeOver(bought) + "/cancel", basic(stranger, DemoAccounts.PASSWORD), cancel),
                    404, "SUBSCRIPTION_NOT_FOUND");
            assertProblem(move(basic(stranger, DemoAccounts.PASSWORD), bought, target), 404, "SUBSCRIPTION_NOT_FOUND");
        }
        String contosoAdmin = basic("admin@contoso.se", DemoAccounts.PASSWORD);
        UUID central = array(api.get("api/v1/tenant/subscriptions", contosoAdmin)).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("channel").equals("CENTRAL")).map(s -> UUID.fromString(s.getString("id")))
                .findFirst().orElseThrow();
        assertProblem(api.postJson(takeOver(central) + "/cancel", contosoAdmin, cancel), 400, "NOT_SELF_SERVICE");
        assertProblem(api.postJson(takeOver(central) + "/cancel", basic("reader@contoso.se", DemoAccounts.PASSWORD),
                cancel), 403, "FORBIDDEN");
        assertEquals("ACTIVE", status(bought));
    }

    private String status(UUID subscription) {
        HttpResponse<String> details = api.get("api/v1/tenant/subscriptions/" + subscription, ADMIN);
        assertEquals(200, details.statusCode(), details.body());
        return json(details).getJsonObject("subscription").getString("status");
    }

    /**
     * The ids of all sam's notices (in-app; the same notice is mailed) of this kind, read page by page: other
     * classes give sam hundreds of notices, some dated ahead by tests that move the clock, so a new one need not be
     * on the first page.
     */
    private Set<String> notices(String kind) {
        Set<String> ids = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            JsonObject page = json(api.get("api/v1/notices?limit=100&offset=" + offset, SAM));
            List<JsonObject> notices = page.getJsonArray("notices").getValuesAs(JsonObject.class);
            notices.stream().filter(notice -> notice.getString("kind").equals(kind))
                    .forEach(notice -> ids.add(notice.getString("id")));
            if (notices.isEmpty() || offset + notices.size() >= page.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }

    private static long newer(Set<String> now, Set<String> before) {
        return now.stream().filter(id -> !before.contains(id)).count();
    }

    private JsonObject licenses(UUID subscription) {
        HttpResponse<String> response = api.get("api/v1/subscriptions/" + subscription + "/licenses", ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private HttpResponse<String> assign(UUID subscription, UUID... people) {
        return api.postJson("api/v1/subscriptions/" + subscription + "/licenses/assign", SAM, List.of(people).stream()
                .map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "{\"userIds\":[", "]}")));
    }

    private static String centralize(UUID subscription) {
        return "api/v1/tenant/subscriptions/" + subscription + "/centralize";
    }

    private static String target(UUID subscription) {
        return "{\"targetSubscriptionId\":\"" + subscription + "\"}";
    }

    /** A central subscription bought by Northwind's admin, invoiced to the organization. */
    private UUID buyCentrally(String productId, int quantity) {
        HttpResponse<String> bought = api.send(api.request("api/v1/tenant/purchases").header("Authorization", ADMIN)
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + productId + "\",\"quantity\":"
                        + quantity + ",\"term\":\"MONTHLY\"}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(json(bought).getString("subscriptionId"));
    }

    private static String takeOver(UUID subscription) {
        return "api/v1/tenant/subscriptions/" + subscription + "/take-over";
    }

    private HttpRequest.Builder moveRequest(String caller, UUID subscription, UUID target) {
        return api.request(takeOver(subscription) + "/move").header("Authorization", caller)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"targetSubscriptionId\":\"" + target + "\"}"));
    }

    private HttpResponse<String> move(String caller, UUID subscription, UUID target) {
        return api.send(moveRequest(caller, subscription, target));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
    }

    private void allow(String productId) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + productId)
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    private UUID buy(String productId, int quantity) {
        String body = "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 1)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\","
                + "\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}}";
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(json(bought).getString("subscriptionId"));
    }
}
