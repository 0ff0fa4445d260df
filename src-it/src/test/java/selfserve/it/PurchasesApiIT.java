package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Self-service purchases over REST: the receipt, idempotency, declines that leave nothing, and who sees what. */
@ExtendWith(ArquillianExtension.class)
class PurchasesApiIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final int NEXT_YEAR = Year.now().getValue() + 1;
    private static final AtomicBoolean ALLOWED = new AtomicBoolean();

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
        allowTheProductsWeBuy();
    }

    /** Other test classes change Northwind's policy; these tests need the products they buy allowed. */
    private void allowTheProductsWeBuy() {
        if (ALLOWED.compareAndSet(false, true)) {
            String admin = basic("admin@northwind.com", DemoAccounts.PASSWORD);
            for (String product : List.of(POWER_BI_PRO, "CFQ7TTC0HD32", "CFQ7TTC0LH3L", "CFQ7TTC0LH05", "CFQ7TTC0HDB0",
                    "CFQ7TTC0H6RP")) {
                assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + product)
                        .header("Authorization", admin).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
            }
        }
    }

    @Test
    void aPurchaseChargesTheTermAndShowsInYourProducts() {
        BigDecimal monthly = monthlyPrice(SAM, POWER_BI_PRO);

        HttpResponse<String> bought = purchase(SAM, key(), body(POWER_BI_PRO, 2, "4242 4242 4242 4242"));

        assertEquals(201, bought.statusCode(), bought.body());
        JsonObject receipt = json(bought);
        assertEquals("Power BI Pro", receipt.getString("productName"));
        assertEquals(monthly.multiply(BigDecimal.valueOf(2)), receipt.getJsonObject("charged").getJsonNumber("amount").bigDecimalValue());
        assertEquals("USD", receipt.getJsonObject("charged").getString("currency"));
        assertEquals("VISA", receipt.getString("cardBrand"));
        assertEquals("4242", receipt.getString("cardLast4"));
        assertTrue(receipt.getString("invoiceNumber").startsWith("INV-"));
        assertTrue(subscriptionIds(SAM).contains(receipt.getString("subscriptionId")));

        String cards = api.get("api/v1/payment-methods", SAM).body();
        assertTrue(cards.contains("\"last4\":\"4242\""), cards);
        assertFalse(cards.contains("4242424242424242") || cards.contains("4242 4242 4242 4242"), cards);
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstReceiptAndBuyNothingMore() {
        String key = key();
        String body = body("CFQ7TTC0HD32", 1, "5555555555554444");
        int before = subscriptionIds(SAM).size();

        JsonObject first = json(purchase(SAM, key, body));
        HttpResponse<String> again = purchase(SAM, key, body);

        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.getString("subscriptionId"), json(again).getString("subscriptionId"));
        assertEquals(first.getString("invoiceNumber"), json(again).getString("invoiceNumber"));
        assertEquals(before + 1, subscriptionIds(SAM).size());
        assertCode(purchase(SAM, key, body("CFQ7TTC0HD32", 2, "5555555555554444")), 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void concurrentRequestsWithOneKeyBuyOnce() throws Exception {
        String key = key();
        String body = body("CFQ7TTC0LH3L", 1, "4242424242424242");
        int before = subscriptionIds(SAM).size();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> answers = IntStream.range(0, 6)
                    .mapToObj(i -> pool.submit(() -> purchase(SAM, key, body))).toList();
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(201, answer.get().statusCode(), answer.get().body()); // twins replay the receipt (IdempotencyIT)
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, subscriptionIds(SAM).size());
        assertEquals(201, purchase(SAM, key, body).statusCode(), "a retry after the race gets the receipt");
    }

    @Test
    void aDeclinedCardIsExplainedAndLeavesNothingBehind() {
        int subscriptions = subscriptionIds(SAM).size();
        int cards = array(api.get("api/v1/payment-methods", SAM)).size();

        HttpResponse<String> declined = api.send(api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Idempotency-Key", key()).header("Content-Type", "application/json").header("Accept-Language", "sv-SE")
                .POST(HttpRequest.BodyPublishers.ofString(body(POWER_BI_PRO, 1, "4000 0000 0000 9995"))));

        assertCode(declined, 422, "PAYMENT_DECLINED");
        assertEquals(Texts.of("sv-SE", "payment.decline.INSUFFICIENT_FUNDS"), json(declined).getString("detail"));
        assertEquals(subscriptions, subscriptionIds(SAM).size());
        assertEquals(cards, array(api.get("api/v1/payment-methods", SAM)).size());
    }

    @Test
    void badCardsAndRequestsAreRefusedWithTheirCodes() {
        assertCode(purchase(SAM, key(), body(POWER_BI_PRO, 1, "4242424242424241")), 400, "CARD_NUMBER_INVALID");
        assertCode(purchase(SAM, key(), body(POWER_BI_PRO, 1, "4242424242424242").replace("\"expiryYear\":" + NEXT_YEAR,
                "\"expiryYear\":2020")), 400, "CARD_EXPIRED");
        assertCode(purchase(SAM, key(), body(POWER_BI_PRO, 1, "4242424242424242").replace("\"123\"", "\"\"")),
                400, "CARD_SECURITY_CODE_MISSING");
        assertCode(purchase(SAM, key(), body(POWER_BI_PRO, 0, "4242424242424242")), 400, "QUANTITY_OUT_OF_RANGE");
        assertCode(purchase(SAM, key(), body("CFQ7TTC0NONE", 1, "4242424242424242")), 404, "PRODUCT_NOT_FOUND");
        assertCode(purchase(SAM, key(), "{\"productId\":\"" + POWER_BI_PRO + "\",\"quantity\":1}"), 400, "INVALID_INPUT");
        assertCode(purchase(SAM, null, body(POWER_BI_PRO, 1, "4242424242424242")), 400, "IDEMPOTENCY_KEY_REQUIRED");
    }

    @Test
    void whoeverMayNotBuyIsToldWhyInTheirLanguage() {
        HttpResponse<String> priya = purchase(basic("priya@contoso.in", DemoAccounts.PASSWORD), key(),
                body(POWER_BI_PRO, 1, "4242424242424242"));
        assertCode(priya, 403, "NOT_ELIGIBLE");
        assertEquals(Texts.of("en", "eligibility.COUNTRY_NOT_SUPPORTED"), json(priya).getString("detail"));

        HttpResponse<String> guest = purchase(basic("guest.user@example.org", DemoAccounts.PASSWORD), key(),
                body(POWER_BI_PRO, 1, "4242424242424242"));
        assertCode(guest, 403, "NOT_ELIGIBLE");
        assertEquals(Texts.of("sv-SE", "eligibility.GUEST"), json(guest).getString("detail"));
    }

    @Test
    void aTrialOnlyProductCannotBeBought() {
        String admin = basic("admin@northwind.com", DemoAccounts.PASSWORD);
        api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0J1FV").header("Authorization", admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}")));

        HttpResponse<String> refused = purchase(SAM, key(), body("CFQ7TTC0J1FV", 1, "4242424242424242"));

        assertCode(refused, 403, "NOT_ELIGIBLE");
        assertEquals(Texts.of("en", "eligibility.POLICY_TRIALS_ONLY"), json(refused).getString("detail"));
    }

    @Test
    void nobodyPaysWithAnotherPersonsCardOrSeesTheirPurchases() {
        JsonObject bought = json(purchase(SAM, key(), body("CFQ7TTC0LH05", 1, "4242424242424242")));
        String samsCard = array(api.get("api/v1/payment-methods", SAM)).getJsonObject(0).getString("id");
        String admin = basic("admin@northwind.com", DemoAccounts.PASSWORD);

        assertFalse(subscriptionIds(admin).contains(bought.getString("subscriptionId")), "not even the tenant's admin here");
        assertFalse(api.get("api/v1/payment-methods", admin).body().contains(samsCard));
        assertCode(purchase(admin, key(), "{\"productId\":\"" + POWER_BI_PRO + "\",\"quantity\":1,\"paymentMethodId\":\""
                + samsCard + "\"}"), 404, "PAYMENT_METHOD_NOT_FOUND");
    }

    @Test
    void aSavedCardPaysAgain() {
        purchase(SAM, key(), body("CFQ7TTC0HDB0", 1, "378282246310005"));
        JsonObject amex = array(api.get("api/v1/payment-methods", SAM)).getValuesAs(JsonObject.class).stream()
                .filter(card -> card.getString("brand").equals("AMERICAN_EXPRESS")).findFirst().orElseThrow();

        HttpResponse<String> again = purchase(SAM, key(), "{\"productId\":\"CFQ7TTC0KXNC\",\"quantity\":4,\"term\":\"ANNUAL\","
                + "\"paymentMethodId\":\"" + amex.getString("id") + "\"}");

        assertEquals(201, again.statusCode(), again.body());
        assertEquals("0005", json(again).getString("cardLast4"));
        assertEquals("CFQ7TTC0HDB0", json(again).getString("productId"), "the older id names Project Plan 3");
        assertEquals("ANNUAL", json(again).getString("term"));
    }

    @Test
    void noCardNumberReachesTheServersLog() throws IOException {
        purchase(SAM, key(), body("CFQ7TTC0H6RP", 1, "4242424242424242"));
        purchase(SAM, key(), body("CFQ7TTC0H6RP", 1, "4000000000009995"));

        Path log = Path.of("target/liberty/wlp/usr/servers", System.getProperty("it.server.name", "selfserve-it"),
                "logs/messages.log");
        String written = Files.readString(log);
        assertFalse(written.contains("4242424242424242") || written.contains("4000000000009995"));
    }

    private HttpResponse<String> purchase(String authorization, String key, String body) {
        HttpRequest.Builder request = api.request("api/v1/purchases").header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    private static String body(String productId, int quantity, String cardNumber) {
        return "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"" + cardNumber + "\",\"expiryMonth\":12,\"expiryYear\":" + NEXT_YEAR + ",\"securityCode\":\"123\","
                + "\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\",\"city\":\"Seattle\","
                + "\"postalCode\":\"98101\",\"country\":\"US\"}}}";
    }

    private BigDecimal monthlyPrice(String authorization, String productId) {
        return array(api.get("api/v1/products", authorization)).getValuesAs(JsonObject.class).stream()
                .filter(offer -> offer.getString("productId").equals(productId)).findFirst().orElseThrow()
                .getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                .filter(price -> price.getString("term").equals("MONTHLY")).findFirst().orElseThrow()
                .getJsonObject("perLicensePerMonth").getJsonNumber("amount").bigDecimalValue();
    }

    private List<String> subscriptionIds(String authorization) {
        return array(api.get("api/v1/subscriptions", authorization)).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    private static String key() {
        return "it-" + UUID.randomUUID();
    }

    private static void assertCode(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
    }
}
