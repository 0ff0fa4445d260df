package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices over REST: the caller's own, worded in the language asked for, marked read one by one or all
 * at once, invisible to anyone else; the delivery list for the tenant's Global admins and readers and
 * delegated partners, never for members or another tenant's admins.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesApiIT {

    private static final String PASSWORD = DemoAccounts.PASSWORD;
    private static final String CHEN = basic("chen.mei@contoso.tw", PASSWORD);
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";

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
    void aPurchaserSeesTheirNoticeInTheLanguageAskedForAndMarksItRead() {
        String subscription = chenBuys();
        JsonObject page = notices(CHEN, "zh-TW", "");
        JsonObject receipt = newestAbout(page.getJsonArray("notices"), "PURCHASE_RECEIPT");
        assertEquals("您的收據：Visio Plan 2", receipt.getString("title"));
        assertTrue(receipt.getString("text").contains("授權數量：2"), receipt.getString("text"));
        assertFalse(receipt.getBoolean("read"));
        assertTrue(page.getJsonNumber("unread").longValue() >= 1);
        JsonObject inEnglish = newestAbout(notices(CHEN, "en", "").getJsonArray("notices"), "PURCHASE_RECEIPT");
        assertEquals("Your receipt: Visio Plan 2", inEnglish.getString("title"));
        String id = receipt.getString("id");

        assertEquals(404, api.send(api.request("api/v1/notices/" + id + "/read")
                .header("Authorization", basic("erik@contoso.se", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode(), "nobody else marks it");
        assertFalse(notices(basic("erik@contoso.se", PASSWORD), "en", "").toString().contains(id), "nobody else sees it");

        long unread = notices(CHEN, "en", "").getJsonNumber("unread").longValue();
        HttpResponse<String> read = api.send(api.request("api/v1/notices/" + id + "/read").header("Authorization", CHEN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, read.statusCode(), read.body());
        JsonObject after = notices(CHEN, "en", "unreadOnly=true&limit=100");
        assertEquals(unread - 1, after.getJsonNumber("unread").longValue());
        assertFalse(after.toString().contains(id), "no longer among the unread");
        assertEquals(204, api.send(api.request("api/v1/notices/" + id + "/read").header("Authorization", CHEN)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "reading twice is harmless");

        chenBuys();
        JsonObject all = json(api.send(api.request("api/v1/notices/read-all").header("Authorization", CHEN)
                .POST(HttpRequest.BodyPublishers.noBody())));
        assertTrue(all.getInt("marked") >= 1, all.toString());
        assertEquals(0, all.getJsonNumber("unread").longValue());
        assertEquals(0, notices(CHEN, "en", "unreadOnly=true").getJsonArray("notices").size());
        assertTrue(subscription.length() > 0);
    }

    @Test
    void aPageOutsideItsBoundsIsRefused() {
        HttpResponse<String> refused = api.send(api.request("api/v1/notices?limit=0").header("Authorization", CHEN)
                .header("Accept-Language", "sv-SE").GET());
        assertEquals(400, refused.statusCode());
        assertEquals("PAGE_INVALID", json(refused).getString("code"));
        assertEquals("Ogiltig sida", json(refused).getString("title"));
    }

    @Test
    void deliveriesAreShownToTheTenantsAdminsReadersAndPartnersOnly() {
        chenBuys();
        JsonArray taiwan = Api.jsonArray(api.get("api/v1/tenant/notices", basic("admin@contoso.tw", PASSWORD)));
        assertTrue(taiwan.stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getString("recipientEmail").equals("chen.mei@contoso.tw")
                        && d.getString("kind").equals("PURCHASE_RECEIPT") && d.getString("locale").equals("zh-TW")), taiwan.toString());

        String contosoAb = json(api.get("api/v1/me", basic("admin@contoso.se", PASSWORD))).getJsonObject("tenant").getString("id");
        assertEquals(200, api.get("api/v1/tenant/notices", basic("reader@contoso.se", PASSWORD)).statusCode(),
                "a Global reader reads");
        assertEquals(200, api.get("api/v1/tenant/notices?tenantId=" + contosoAb,
                basic("agent@fabrikam-partners.com", PASSWORD)).statusCode(), "a delegated partner reads");
        HttpResponse<String> foreign = api.get("api/v1/tenant/notices?tenantId=" + contosoAb, basic("admin@contoso.tw", PASSWORD));
        assertEquals(404, foreign.statusCode(), "another tenant does not exist for them");
        assertEquals("TENANT_NOT_FOUND", json(foreign).getString("code"));
        assertEquals(403, api.get("api/v1/tenant/notices", CHEN).statusCode(), "a member sees no deliveries");
        assertEquals(403, api.get("api/v1/tenant/notices", basic("billing@contoso.se", PASSWORD)).statusCode(),
                "nor does a Billing admin");
        assertEquals(400, api.get("api/v1/tenant/notices?state=LOST", basic("admin@contoso.tw", PASSWORD)).statusCode());

        String anyOfContoso = UUID.randomUUID().toString();
        HttpResponse<String> readerRetry = api.send(api.request("api/v1/tenant/notices/" + anyOfContoso + "/retry")
                .header("Authorization", basic("reader@contoso.se", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, readerRetry.statusCode(), "a Global reader retries nothing");
        assertEquals(404, api.send(api.request("api/v1/tenant/notices/" + anyOfContoso + "/retry")
                .header("Authorization", basic("admin@contoso.se", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode());
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        String document = api.send(api.request("openapi?format=JSON").GET()).body();
        assertTrue(document.contains("/api/v1/notices/{id}/read") && document.contains("/api/v1/notices/read-all")
                && document.contains("/api/v1/tenant/notices/{id}/retry"), "notice paths in the OpenAPI document");
    }

    private String chenBuys() {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + VISIO_PLAN_2)
                .header("Authorization", basic("admin@contoso.tw", PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", CHEN)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + VISIO_PLAN_2 + "\",\"quantity\":2,"
                        + "\"term\":\"MONTHLY\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Chen Mei\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return json(bought).getString("subscriptionId");
    }

    private JsonObject notices(String who, String language, String query) {
        HttpResponse<String> answer = api.send(api.request("api/v1/notices" + (query.isEmpty() ? "" : "?" + query))
                .header("Authorization", who).header("Accept-Language", language).GET());
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    private static JsonObject newestAbout(JsonArray notices, String kind) {
        return notices.stream().map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " in " + notices));
    }
}
