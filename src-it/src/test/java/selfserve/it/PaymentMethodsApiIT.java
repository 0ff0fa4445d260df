package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment methods and the billing profile over REST: add, edit (re-verified), remove, replace, and
 * the profile; own cards only (another purchaser or tenant gets 404); bad input gets a localized 400 and
 * changes nothing. Uses joao@contoso.com.br and karin@contoso.se, whom no other test buys for.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentMethodsApiIT {

    private static final String JOAO = basic("joao@contoso.com.br", DemoAccounts.PASSWORD);
    private static final String KARIN = basic("karin@contoso.se", DemoAccounts.PASSWORD);
    private static final String ERIK = basic("erik@contoso.se", DemoAccounts.PASSWORD);
    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final int NEXT_YEAR = Year.now().getValue() + 1;

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
    void aCardIsAddedEditedAndRemovedByItsOwnerOnly() {
        JsonObject added = json(expect(201, api.postJson("api/v1/payment-methods", KARIN, card("4000056655665556", "Karin Berg"))));
        String id = added.getString("id");
        assertEquals("VISA", added.getString("brand"));
        assertEquals("5556", added.getString("last4"));
        assertFalse(added.toString().contains("4000056655665556") || added.toString().contains("securityCode"), added.toString());
        assertTrue(cards(KARIN).stream().anyMatch(c -> c.getString("id").equals(id)));

        // Another purchaser of the tenant and another tenant see nothing and change nothing.
        for (String other : List.of(ERIK, SAM)) {
            assertCode(api.get("api/v1/payment-methods/" + id, other), 404, "PAYMENT_METHOD_NOT_FOUND");
            assertCode(patch(id, other, update(12, NEXT_YEAR + 1, "456", "Someone Else", "SE")), 404, "PAYMENT_METHOD_NOT_FOUND");
            assertCode(delete(id, other), 404, "PAYMENT_METHOD_NOT_FOUND");
            assertCode(replace(UUID.randomUUID().toString(), other, "{\"paymentMethodId\":\"" + id + "\"}"), 404,
                    "SUBSCRIPTION_NOT_FOUND");
            assertFalse(api.get("api/v1/payment-methods", other).body().contains(id));
        }

        JsonObject edited = json(expect(200, patch(id, KARIN, update(3, NEXT_YEAR + 2, "456", "Karin Berg-Ek", "se"))));
        assertEquals(3, edited.getInt("expiryMonth"));
        assertEquals(NEXT_YEAR + 2, edited.getInt("expiryYear"));
        assertEquals("Karin Berg-Ek", edited.getString("nameOnCard"));
        assertEquals("SE", edited.getJsonObject("address").getString("country"));
        assertEquals("5556", edited.getString("last4"), "the number does not change");

        expect(204, delete(id, KARIN));
        assertCode(api.get("api/v1/payment-methods/" + id, KARIN), 404, "PAYMENT_METHOD_NOT_FOUND");
        assertFalse(cards(KARIN).stream().anyMatch(c -> c.getString("id").equals(id)));
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndChangesNothing() {
        String id = json(expect(201, api.postJson("api/v1/payment-methods", KARIN, card("5200828282828210", "Karin Berg")))).getString("id");
        JsonObject before = json(api.get("api/v1/payment-methods/" + id, KARIN));
        int cardsBefore = cards(KARIN).size();

        HttpResponse<String> badNumber = api.send(api.request("api/v1/payment-methods").header("Authorization", KARIN)
                .header("Content-Type", "application/json").header("Accept-Language", "sv-SE")
                .POST(HttpRequest.BodyPublishers.ofString(card("5200828282828211", "Karin Berg"))));
        assertCode(badNumber, 400, "CARD_NUMBER_INVALID");
        assertEquals(Texts.of("sv-SE", "problem.CARD_NUMBER_INVALID.detail"), json(badNumber).getString("detail"));
        assertEquals(cardsBefore, cards(KARIN).size());

        assertCode(patch(id, KARIN, update(1, 2020, "456", "New Name", "SE")), 400, "CARD_EXPIRED");
        assertCode(patch(id, KARIN, update(1, NEXT_YEAR, "", "New Name", "SE")), 400, "CARD_SECURITY_CODE_MISSING");
        assertCode(patch(id, KARIN, update(1, NEXT_YEAR, "456", " ", "SE")), 400, "CARD_NAME_MISSING");
        HttpResponse<String> country = api.send(api.request("api/v1/payment-methods/" + id).header("Authorization", KARIN)
                .header("Content-Type", "application/json").header("Accept-Language", "zh-TW")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(update(1, NEXT_YEAR, "456", "New Name", "XX"))));
        assertCode(country, 400, "ADDRESS_COUNTRY_INVALID");
        assertEquals(Texts.of("zh-TW", "problem.ADDRESS_COUNTRY_INVALID.detail", "XX"), json(country).getString("detail"));
        HttpResponse<String> notVerified = api.send(api.request("api/v1/payment-methods/" + id).header("Authorization", KARIN)
                .header("Content-Type", "application/json").header("Accept-Language", "sv-SE")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(update(1, NEXT_YEAR, "000", "New Name", "SE"))));
        assertCode(notVerified, 422, "CARD_NOT_VERIFIED");
        assertTrue(json(notVerified).getString("detail").contains(Texts.of("sv-SE", "payment.decline.INCORRECT_SECURITY_CODE")),
                json(notVerified).getString("detail"));

        assertEquals(before, json(api.get("api/v1/payment-methods/" + id, KARIN)), "nothing changed");
    }

    @Test
    void aCardThatPaysForARunningSubscriptionIsReplacedBeforeItIsRemoved() {
        String subscription = json(expect(201, api.send(api.request("api/v1/purchases").header("Authorization", JOAO)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"CFQ7TTC0H9MP\",\"quantity\":2,\"card\":"
                        + card("4242424242424242", "João Silva") + "}"))))).getString("subscriptionId");
        String first = cards(JOAO).getFirst().getString("id");

        HttpResponse<String> inUse = delete(first, JOAO);
        assertCode(inUse, 409, "PAYMENT_METHOD_IN_USE");
        assertEquals(Texts.of("en", "problem.PAYMENT_METHOD_IN_USE.detail", 1), json(inUse).getString("detail"));

        assertCode(replace(subscription, JOAO, "{}"), 400, "INVALID_INPUT");
        assertCode(replace(subscription, JOAO, "{\"card\":" + card("4000000000000001", "João Silva") + "}"), 400,
                "CARD_NUMBER_INVALID");
        assertCode(replace(subscription, KARIN, "{\"paymentMethodId\":\"" + first + "\"}"), 404, "SUBSCRIPTION_NOT_FOUND");

        JsonObject second = json(expect(200, replace(subscription, JOAO, "{\"card\":" + card("5555555555554444", "João Silva")
                + "}")));
        assertEquals("4444", second.getString("last4"));
        expect(204, delete(first, JOAO));
        assertCode(delete(second.getString("id"), JOAO), 409, "PAYMENT_METHOD_IN_USE");
    }

    @Test
    void theBillingProfileStartsWithTheFirstCardAndIsEditedWithChecks() {
        // joao's first card (bought or added in this class) started his profile from its billing address.
        if (cards(JOAO).isEmpty()) {
            expect(201, api.postJson("api/v1/payment-methods", JOAO, card("4242424242424242", "João Silva")));
        }
        JsonObject started = json(api.get("api/v1/billing-profile", JOAO));
        assertTrue(started.getBoolean("saved"), started.toString());
        assertEquals("Contoso Brasil", started.getString("organization"));
        assertEquals("joao@contoso.com.br", started.getString("invoiceEmail"));

        String good = "{\"organization\":\"Contoso Brasil Ltda.\",\"invoiceEmail\":\"contas@contoso.com.br\","
                + "\"purchaseOrder\":\"PO-2026-17\",\"address\":{\"line1\":\"Avenida Paulista 1000\",\"city\":\"São Paulo\","
                + "\"postalCode\":\"01310-100\",\"country\":\"BR\"}}";
        for (String bad : List.of(good.replace("contas@contoso.com.br", "contas"), good.replace("Contoso Brasil Ltda.", " "),
                good.replace("PO-2026-17", "P".repeat(51)), good.replace("\"BR\"", "\"Brasil\""))) {
            HttpResponse<String> refused = put(JOAO, bad);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(Texts.of("en", "problem." + json(refused).getString("code") + ".title"), json(refused).getString("title"));
        }
        assertEquals(started, json(api.get("api/v1/billing-profile", JOAO)), "nothing changed");
        String karinsCard = json(expect(201, api.postJson("api/v1/payment-methods", KARIN, card("4242424242424242", "Karin"))))
                .getString("id");
        assertCode(put(JOAO, good.replace("{\"organization\"", "{\"defaultPaymentMethodId\":\"" + karinsCard + "\","
                + "\"organization\"")), 404, "PAYMENT_METHOD_NOT_FOUND");

        JsonObject saved = json(expect(200, put(JOAO, good)));
        assertEquals("Contoso Brasil Ltda.", saved.getString("organization"));
        assertEquals("PO-2026-17", saved.getString("purchaseOrder"));
        assertEquals("São Paulo", saved.getJsonObject("address").getString("city"));
        assertFalse(api.get("api/v1/billing-profile", KARIN).body().contains("Ltda"), "karin sees her own profile only");
    }

    private List<JsonObject> cards(String authorization) {
        HttpResponse<String> list = expect(200, api.get("api/v1/payment-methods", authorization));
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static String card(String number, String name) {
        return "{\"number\":\"" + number + "\",\"expiryMonth\":12,\"expiryYear\":" + NEXT_YEAR + ",\"securityCode\":\"123\","
                + "\"nameOnCard\":\"" + name + "\",\"address\":{\"line1\":\"Storgatan 1\",\"city\":\"Malmö\","
                + "\"postalCode\":\"211 22\",\"country\":\"SE\"}}";
    }

    private static String update(int month, int year, String securityCode, String name, String country) {
        return "{\"expiryMonth\":" + month + ",\"expiryYear\":" + year + ",\"securityCode\":\"" + securityCode
                + "\",\"nameOnCard\":\"" + name + "\",\"address\":{\"line1\":\"Lilla torg 2\",\"city\":\"Malmö\","
                + "\"country\":\"" + country + "\"}}";
    }

    private HttpResponse<String> patch(String id, String authorization, String body) {
        return api.send(api.request("api/v1/payment-methods/" + id).header("Authorization", authorization)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String id, String authorization) {
        return api.send(api.request("api/v1/payment-methods/" + id).header("Authorization", authorization).DELETE());
    }

    private HttpResponse<String> replace(String subscriptionId, String authorization, String body) {
        return api.send(api.request("api/v1/subscriptions/" + subscriptionId + "/payment-method")
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String authorization, String body) {
        return api.send(api.request("api/v1/billing-profile").header("Authorization", authorization)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static void assertCode(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
    }
}
