package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-26, driven inside the server by moving the clock: when the purchaser is disabled (they left the
 * organization), the subscription stays active, renews at the end of its term, and its admins still see it,
 * with the purchaser shown as disabled. karin@contoso.se is disabled for the test and enabled again after it.
 */
@ExtendWith(ArquillianExtension.class)
class PurchaserLeavesIT extends ClockMovingTest {

    private static final String KARIN = Api.basic("karin@contoso.se", DemoAccounts.PASSWORD);
    private static final String ADMIN = Api.basic("admin@contoso.se", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PurchaserLeavesIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class);
    }

    @Test
    void aDisabledPurchasersSubscriptionStaysActiveRenewsAndIsListedForAdmins() {
        String karin = Api.json(api.get("api/v1/me", KARIN)).getString("id");
        String id = buyAsKarin("CFQ7TTC0LH3L", 2);
        Instant due = Instant.parse(Api.json(api.get("api/v1/subscriptions/" + id, KARIN)).getString("renewsAt"));
        try {
            HttpResponse<String> disabled = status(karin, ADMIN, "DISABLED");
            assertEquals(200, disabled.statusCode(), disabled.body());
            assertEquals(401, api.get("api/v1/me", KARIN).statusCode(), "a disabled person cannot sign in");

            JsonObject listed = listedForAdmin(id);
            assertEquals("ACTIVE", listed.getString("status"));
            assertEquals("DISABLED", listed.getString("purchaserStatus"));
            assertEquals("karin@contoso.se", listed.getString("purchaserEmail"));

            clock.setTo(due.plusSeconds(1));
            renewals.renewDue();

            assertEquals("ACTIVE", status(id));
            assertEquals(2, invoices(id), "renewed with an invoice although the purchaser left");
            JsonObject details = Api.json(api.get("api/v1/tenant/subscriptions/" + id, ADMIN));
            assertEquals("DISABLED", details.getJsonObject("subscription").getString("purchaserStatus"));
            assertEquals("ACTIVE", details.getJsonObject("subscription").getString("status"));
            List<String> kinds = details.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .map(h -> h.getString("kind")).toList();
            assertEquals(List.of("PURCHASED", "RENEWED"), kinds);
            assertTrue(Instant.parse(details.getJsonObject("subscription").getString("renewsAt")).isAfter(due));
        } finally {
            assertEquals(200, status(karin, ADMIN, "ACTIVE").statusCode());
        }
        assertEquals(200, api.get("api/v1/me", KARIN).statusCode(), "enabled again");
    }

    @Test
    void onlyTheOrganizationsUserAdminsDisableAPerson() {
        String karin = Api.json(api.get("api/v1/me", KARIN)).getString("id");
        String admin = Api.json(api.get("api/v1/me", ADMIN)).getString("id");
        String contoso = Api.json(api.get("api/v1/me", ADMIN)).getJsonObject("tenant").getString("id");

        assertEquals(403, status(karin, Api.basic("licenses@contoso.se", DemoAccounts.PASSWORD), "DISABLED").statusCode());
        assertEquals(403, status(karin, Api.basic("anna@contoso.se", DemoAccounts.PASSWORD), "DISABLED").statusCode());
        assertEquals(403, status(karin, Api.basic("reader@contoso.se", DemoAccounts.PASSWORD), "DISABLED").statusCode());
        HttpResponse<String> otherTenant = send("api/v1/tenant/users/" + karin + "/status?tenantId=" + contoso,
                Api.basic("admin@northwind.com", DemoAccounts.PASSWORD), "DISABLED");
        assertEquals(404, otherTenant.statusCode(), otherTenant.body());
        HttpResponse<String> notInTenant = status(karin, Api.basic("admin@northwind.com", DemoAccounts.PASSWORD), "DISABLED");
        assertEquals("USER_NOT_FOUND", Api.json(notInTenant).getString("code"));
        HttpResponse<String> self = status(admin, ADMIN, "DISABLED");
        assertEquals(409, self.statusCode());
        assertEquals("CANNOT_DISABLE_SELF", Api.json(self).getString("code"));
        assertEquals(200, api.get("api/v1/me", KARIN).statusCode(), "nothing was changed");
    }

    private JsonObject listedForAdmin(String id) {
        String body = api.get("api/v1/tenant/subscriptions?limit=500", ADMIN).body();
        return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(body));
    }

    private HttpResponse<String> status(String userId, String authorization, String status) {
        return send("api/v1/tenant/users/" + userId + "/status", authorization, status);
    }

    private HttpResponse<String> send(String path, String authorization, String status) {
        return api.send(api.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")));
    }

    private String buyAsKarin(String productId, int quantity) {
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", KARIN)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + productId + "\",\"quantity\":" + quantity
                        + ",\"term\":\"MONTHLY\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Karin Lind\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("subscriptionId");
    }
}
