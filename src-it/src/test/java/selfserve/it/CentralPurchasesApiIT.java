package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Purchase services" over REST: admins buy central subscriptions at central prices, billed by
 * invoice; who may buy for which tenant; idempotency; changing and canceling a central subscription; the
 * admin details with the order history; and the paged admin list. Buys Visio and Project products so as not
 * to crowd the Power BI Pro rows other tests look for.
 */
@ExtendWith(ArquillianExtension.class)
class CentralPurchasesApiIT {

    private static final String PURCHASES = "api/v1/tenant/purchases";
    private static final String SUBSCRIPTIONS = "api/v1/tenant/subscriptions";
    private static final String ADMIN = basic("admin@contoso.se", DemoAccounts.PASSWORD);
    private static final String BILLING = basic("billing@contoso.se", DemoAccounts.PASSWORD);
    private static final String READER = basic("reader@contoso.se", DemoAccounts.PASSWORD);
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD33";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void aBillingAdminBuysCentrallyAtTheCentralPriceByInvoiceAndTheHistoryShowsIt() {
        JsonObject price = centralPrice(BILLING, VISIO_PLAN_2, "ANNUAL");
        HttpResponse<String> bought = buy(BILLING, "", key(), VISIO_PLAN_2, 7, "ANNUAL");

        assertEquals(201, bought.statusCode(), bought.body());
        JsonObject receipt = json(bought);
        BigDecimal perMonth = amount(price.getJsonObject("perLicensePerMonth"));
        assertEquals(0, perMonth.multiply(BigDecimal.valueOf(7 * 12)).compareTo(amount(receipt.getJsonObject("invoiced"))),
                "central price x quantity x 12 months: " + receipt);
        assertEquals("SEK", receipt.getJsonObject("invoiced").getString("currency"));
        assertEquals(0, perMonth.compareTo(amount(receipt.getJsonObject("perLicensePerMonth"))));

        JsonObject details = json(api.get(SUBSCRIPTIONS + "/" + receipt.getString("subscriptionId"), READER));
        assertEquals("CENTRAL", details.getJsonObject("subscription").getString("channel"));
        assertEquals("INVOICE", details.getString("payment"));
        assertEquals(0, details.getInt("assigned"));
        List<JsonObject> history = details.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(1, history.size(), history::toString);
        assertEquals("PURCHASED", history.getFirst().getString("kind"));
        assertTrue(history.getFirst().containsKey("actorName"), "the admin is named: " + history);
        assertTrue(history.getFirst().containsKey("actorId"), "the admin who bought: " + history);
        assertEquals(0, amount(receipt.getJsonObject("invoiced")).compareTo(amount(history.getFirst().getJsonObject("amount"))));
    }

    @Test
    void theSameKeyAndBodyReplaysTheReceiptAndAnotherBodyIsRefused() {
        String key = key();
        HttpResponse<String> first = buy(ADMIN, "", key, VISIO_PLAN_2, 3, "MONTHLY");
        HttpResponse<String> again = buy(ADMIN, "", key, VISIO_PLAN_2, 3, "MONTHLY");
        HttpResponse<String> other = buy(ADMIN, "", key, VISIO_PLAN_2, 4, "MONTHLY");

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(json(first).getString("subscriptionId"), json(again).getString("subscriptionId"));
        assertEquals(json(first).getString("invoiceNumber"), json(again).getString("invoiceNumber"));
        assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED");
        assertProblem(buy(ADMIN, "", null, VISIO_PLAN_2, 3, "MONTHLY"), 400, "IDEMPOTENCY_KEY_REQUIRED");
    }

    @Test
    void badInputIsRefusedAndBuysNothing() {
        long before = total(ADMIN, "");
        assertProblem(buy(ADMIN, "", key(), VISIO_PLAN_2, 0, "MONTHLY"), 400, "QUANTITY_OUT_OF_RANGE");
        assertProblem(buy(ADMIN, "", key(), VISIO_PLAN_2, 10_001, "MONTHLY"), 400, "QUANTITY_OUT_OF_RANGE");
        assertProblem(buy(ADMIN, "", key(), "NO-SUCH-PRODUCT", 1, "MONTHLY"), 404, "PRODUCT_NOT_FOUND");
        assertEquals(before, total(ADMIN, ""));
    }

    @ParameterizedTest(name = "{0} buys for {1}: {2}")
    @CsvSource({
            "reader@contoso.se,           own,           403",
            "licenses@contoso.se,         own,           403",
            "anna@contoso.se,             own,           403",
            "admin@northwind.com,         Contoso AB,    404",
            "agent@fabrikam-partners.com, Contoso AB,    201",
            "agent@fabrikam-partners.com, Contoso China, 404",
            "agent@fabrikam-partners.com, own,           403"})
    void whoMayBuyForWhichOrganization(String caller, String tenant, int status) {
        String query = "own".equals(tenant) ? "" : "?tenantId=" + tenantId(tenant);
        HttpResponse<String> response = buy(basic(caller, DemoAccounts.PASSWORD), query, key(), "CFQ7TTC0HDB1", 2, "MONTHLY");

        assertEquals(status, response.statusCode(), caller + ": " + response.body());
        if (status == 201) {
            String id = json(response).getString("subscriptionId");
            JsonObject seen = json(api.get(SUBSCRIPTIONS + "/" + id, ADMIN));
            assertEquals("CENTRAL", seen.getJsonObject("subscription").getString("channel"),
                    "the partner's purchase belongs to the customer");
            assertEquals(200, api.get(SUBSCRIPTIONS + "/" + id + query, basic(caller, DemoAccounts.PASSWORD)).statusCode());
        }
    }

    @Test
    void moreLicensesAreInvoicedFewerAreNotACancelEndsItAndAllIsInTheHistory() {
        String id = json(buy(ADMIN, "", key(), VISIO_PLAN_2, 10, "MONTHLY")).getString("subscriptionId");

        HttpResponse<String> more = patch(id, ADMIN, key(), 15);
        assertEquals(200, more.statusCode(), more.body());
        assertEquals(15, json(more).getJsonObject("subscription").getInt("quantity"));
        HttpResponse<String> fewer = patch(id, BILLING, key(), 12);
        assertEquals(12, json(fewer).getJsonObject("subscription").getInt("quantity"));
        assertProblem(patch(id, READER, key(), 20), 403, "FORBIDDEN");
        assertProblem(patch(id, ADMIN, key(), 0), 400, "QUANTITY_OUT_OF_RANGE");

        HttpResponse<String> canceled = api.postJson(SUBSCRIPTIONS + "/" + id + "/cancel", ADMIN,
                "{\"reason\":\"SWITCHING_PRODUCT\"}");
        assertEquals(200, canceled.statusCode(), canceled.body());
        assertEquals("CANCELED", json(canceled).getJsonObject("subscription").getString("status"));
        assertProblem(patch(id, ADMIN, key(), 13), 409, "SUBSCRIPTION_NOT_RUNNING");

        List<JsonObject> history = list(api.get(SUBSCRIPTIONS + "/" + id + "/history", READER).body());
        assertEquals(List.of("PURCHASED", "QUANTITY_CHANGED", "QUANTITY_CHANGED", "CANCELED_BY_ADMIN"),
                history.stream().map(h -> h.getString("kind")).toList());
        JsonObject added = history.get(1);
        assertEquals(10, added.getInt("quantityBefore"));
        assertEquals(15, added.getInt("quantityAfter"));
        assertTrue(amount(added.getJsonObject("amount")).signum() > 0, "more licenses are invoiced pro rata: " + added);
        assertFalse(history.get(2).containsKey("amount") && !history.get(2).isNull("amount"), "fewer cost nothing");
        assertEquals("SWITCHING_PRODUCT", history.get(3).getString("detail"));
    }

    @Test
    void aSelfServiceSubscriptionIsNotChangedByAdminsHereAndOtherTenantsSeeNothing() {
        JsonObject annas = list(api.get(SUBSCRIPTIONS, ADMIN).body()).stream()
                .filter(s -> "anna@contoso.se".equals(s.getString("purchaserEmail", null))).findFirst().orElseThrow();
        String id = annas.getString("id");

        assertProblem(patch(id, ADMIN, key(), 11), 409, "SUBSCRIPTION_NOT_CENTRAL");
        JsonObject details = json(api.get(SUBSCRIPTIONS + "/" + id, BILLING));
        assertEquals("CARD", details.getString("payment"));
        assertEquals("4242", details.getString("cardLast4"));
        assertEquals("ACTIVE", details.getJsonObject("subscription").getString("purchaserStatus"));
        assertFalse(details.getJsonArray("history").isEmpty(), "the demo's purchase and renewals: " + details);

        assertProblem(api.get(SUBSCRIPTIONS + "/" + id, basic("admin@northwind.com", DemoAccounts.PASSWORD)), 404,
                "SUBSCRIPTION_NOT_FOUND");
        assertProblem(api.get(SUBSCRIPTIONS + "/" + id + "/history", basic("admin@northwind.com", DemoAccounts.PASSWORD)),
                404, "SUBSCRIPTION_NOT_FOUND");
        assertEquals(403, api.get(SUBSCRIPTIONS + "/" + id, basic("anna@contoso.se", DemoAccounts.PASSWORD)).statusCode());
        assertEquals(403, api.get(SUBSCRIPTIONS + "/" + id, basic("licenses@contoso.se", DemoAccounts.PASSWORD)).statusCode());
        assertEquals(404, api.get(SUBSCRIPTIONS + "/" + UUID.randomUUID(), ADMIN).statusCode());
    }

    @Test
    void theListIsPagedInAStableOrderWithItsTotal() {
        buy(ADMIN, "", key(), VISIO_PLAN_2, 1, "MONTHLY");
        HttpResponse<String> all = api.get(SUBSCRIPTIONS, ADMIN);
        List<String> ids = list(all.body()).stream().map(s -> s.getString("id")).toList();
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(Math.min(total, 100), ids.size(), "the first 100 by default");
        assertTrue(total >= 4, "demo and bought subscriptions: " + total);

        List<String> firstTwo = list(api.get(SUBSCRIPTIONS + "?offset=0&limit=2", ADMIN).body()).stream()
                .map(s -> s.getString("id")).toList();
        List<String> third = list(api.get(SUBSCRIPTIONS + "?offset=2&limit=1", ADMIN).body()).stream()
                .map(s -> s.getString("id")).toList();
        assertEquals(ids.subList(0, 2), firstTwo);
        assertEquals(ids.subList(2, 3), third);
        assertEquals(List.of(), list(api.get(SUBSCRIPTIONS + "?offset=100000&limit=5", ADMIN).body()));

        HttpResponse<String> central = api.get(SUBSCRIPTIONS + "?includeSelfService=false&limit=500", ADMIN);
        assertTrue(list(central.body()).stream().allMatch(s -> s.getString("channel").equals("CENTRAL")));
        assertNotEquals(total, Long.parseLong(central.headers().firstValue("X-Total-Count").orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"limit=0, PAGE_LIMIT_INVALID", "limit=501, PAGE_LIMIT_INVALID", "limit=ten, PAGE_LIMIT_INVALID",
            "offset=-1, PAGE_OFFSET_INVALID", "offset=x, PAGE_OFFSET_INVALID"})
    void badPagingIsRefusedInTheCallersLanguage(String query, String code) {
        HttpResponse<String> response = api.send(api.request(SUBSCRIPTIONS + "?" + query).header("Authorization", ADMIN)
                .header("Accept-Language", "sv-SE").GET());

        assertProblem(response, 400, code);
        assertEquals(Texts.of("sv-SE", "problem." + code + ".title"), json(response).getString("title"));
    }

    private HttpResponse<String> buy(String authorization, String query, String key, String product, int quantity,
                                     String term) {
        HttpRequest.Builder request = api.request(PURCHASES + query).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + ",\"term\":\"" + term + "\"}"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    private HttpResponse<String> patch(String id, String authorization, String key, int quantity) {
        return api.send(api.request(SUBSCRIPTIONS + "/" + id).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":" + quantity + "}")));
    }

    private JsonObject centralPrice(String authorization, String product, String term) {
        return list(api.get("api/v1/tenant/prices", authorization).body()).stream()
                .filter(p -> p.getString("productId").equals(product) && p.getString("term").equals(term))
                .findFirst().orElseThrow();
    }

    private long total(String authorization, String query) {
        return Long.parseLong(api.get(SUBSCRIPTIONS + query, authorization).headers().firstValue("X-Total-Count").orElseThrow());
    }

    private String tenantId(String name) {
        String member = "Contoso AB".equals(name) ? "anna@contoso.se" : "li.wei@contoso.cn";
        return json(api.get("api/v1/me", basic(member, DemoAccounts.PASSWORD))).getJsonObject("tenant").getString("id");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
    }

    private static String key() {
        return "it-central-" + UUID.randomUUID();
    }

    private static BigDecimal amount(JsonObject money) {
        return money.getJsonNumber("amount").bigDecimalValue();
    }

    private static List<JsonObject> list(String body) {
        return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
    }
}
