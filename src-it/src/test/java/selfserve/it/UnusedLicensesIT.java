package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.licensing.internal.ReclaimRun;

/**
 * The unused-licenses report and reclaiming, inside the server with a clock the test moves: a person who
 * never signs in is flagged once their license is older than the chosen days, a new starter is not, and
 * someone who signs in is not; an announced reclaim takes the license back after the grace period unless the
 * holder signs in first; only central licenses are reclaimed, only by the tenant's admins.
 */
@ExtendWith(ArquillianExtension.class)
class UnusedLicensesIT extends ClockMovingTest {

    private static final String ADMIN = Api.basic("admin@northwind.com", DemoAccounts.PASSWORD);
    private static final String SAM = Api.basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String POWER_APPS = "CFQ7TTC0LH2H";
    private static final UUID IDLE = person("idle");
    private static final UUID STARTER = person("starter");

    @Inject
    private ReclaimRun reclaims;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(UnusedLicensesIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class, AuditEntries.class);
    }

    @Test
    void flagsTheIdleNotTheNewOrTheActiveAndReclaimsAfterTheGracePeriod() throws Exception {
        addNorthwindMember(IDLE, "unused-idle@northwind.com", "Idle Person");
        addNorthwindMember(STARTER, "unused-starter@northwind.com", "New Starter");
        UUID sam = UUID.fromString(Api.json(api.get("api/v1/me", SAM)).getString("id"));
        UUID central = buyCentrally(POWER_APPS, 5);
        assign(central, IDLE, sam);

        clock.advance(Duration.ofDays(40));
        api.get("api/v1/me", SAM); // sam signs in now
        assign(central, STARTER);

        List<JsonObject> unused = report(30).stream()
                .filter(row -> row.getString("subscriptionId").equals(central.toString())).toList();
        assertEquals(List.of("unused-idle@northwind.com"), emails(unused), "not sam (active), not the new starter");
        JsonObject idle = unused.getFirst();
        assertFalse(idle.containsKey("lastSignInAt"), "never signed in");
        assertTrue(idle.getBoolean("central"));

        JsonObject announced = reclaim(List.of(idle.getString("assignmentId")), true, 7);
        assertTrue(announced.getBoolean("announced"));
        assertNotNull(report(30).stream().filter(row -> row.getString("assignmentId").equals(idle.getString("assignmentId")))
                .findFirst().orElseThrow().getString("reclaimAt"));
        assertEquals(3, seats(central).getInt("assigned"), "nothing reclaimed before the grace period ends");

        clock.advance(Duration.ofDays(8));
        assertEquals(1, reclaims.reclaimDue());
        JsonObject after = seats(central);
        assertEquals(2, after.getInt("assigned"));
        assertFalse(emails(after.getJsonArray("users").getValuesAs(JsonObject.class)).contains("unused-idle@northwind.com"));
        assertEquals(0, reclaims.reclaimDue(), "reclaimed once");

        String samsLicense = report(1).stream().filter(u -> u.getString("email").equals("sam@northwind.com")
                        && u.getString("subscriptionId").equals(central.toString()))
                .findFirst().orElseThrow().getString("assignmentId");
        reclaim(List.of(samsLicense), true, 7);
        clock.advance(Duration.ofDays(1));
        api.get("api/v1/me", SAM); // sam signs in during the grace period: the license stays his
        clock.advance(Duration.ofDays(7));
        assertEquals(0, reclaims.reclaimDue());
        assertTrue(emails(seats(central).getJsonArray("users").getValuesAs(JsonObject.class)).contains("sam@northwind.com"));

        JsonObject now = reclaim(List.of(report(1).stream().filter(u -> u.getString("email").startsWith("unused-starter")
                        && u.getString("subscriptionId").equals(central.toString()))
                .findFirst().orElseThrow().getString("assignmentId")), false, 0);
        assertEquals(1, now.getInt("licenses"));
        assertEquals(1, seats(central).getInt("assigned"), "reclaimed at once");
    }

    @Test
    void onlyTheTenantsAdminsAndOnlyCentralLicenses() throws Exception {
        addNorthwindMember(IDLE, "unused-idle@northwind.com", "Idle Person");
        assertProblem(api.get("api/v1/tenant/unused-licenses", SAM), 403, "FORBIDDEN");
        assertProblem(api.get("api/v1/tenant/unused-licenses?days=0", ADMIN), 400, "DAYS_OUT_OF_RANGE");
        UUID northwind = UUID.fromString(Api.json(api.get("api/v1/me", ADMIN)).getJsonObject("tenant").getString("id"));
        assertProblem(api.get("api/v1/tenant/unused-licenses?tenantId=" + northwind,
                Api.basic("admin@contoso.se", DemoAccounts.PASSWORD)), 404, "TENANT_NOT_FOUND");

        allow("CFQ7TTC0LH3L");
        UUID selfService = buySelfService("CFQ7TTC0LH3L");
        assertEquals(200, api.postJson("api/v1/subscriptions/" + selfService + "/licenses/assign", SAM,
                "{\"userIds\":[\"" + IDLE + "\"]}").statusCode());
        clock.advance(Duration.ofDays(31));
        String license = report(30).stream().filter(u -> u.getString("subscriptionId").equals(selfService.toString()))
                .findFirst().orElseThrow().getString("assignmentId");
        assertProblem(api.postJson("api/v1/tenant/unused-licenses/reclaim", ADMIN, body(List.of(license), false, 0)), 403,
                "PURCHASED_BY_USER");
        assertProblem(api.postJson("api/v1/tenant/unused-licenses/reclaim", ADMIN, body(List.of(license), true, 31)), 400,
                "GRACE_DAYS_OUT_OF_RANGE");
        assertProblem(api.postJson("api/v1/tenant/unused-licenses/reclaim", ADMIN,
                body(List.of(UUID.randomUUID().toString()), false, 0)), 404, "LICENSE_NOT_FOUND");
        assertEquals(1, Api.json(api.get("api/v1/subscriptions/" + selfService + "/licenses", SAM)).getInt("assigned"));
    }

    private List<JsonObject> report(int days) {
        HttpResponse<String> report = api.get("api/v1/tenant/unused-licenses?days=" + days, ADMIN);
        assertEquals(200, report.statusCode(), report.body());
        return Api.array(report).getValuesAs(JsonObject.class);
    }

    /** Reclaims, and checks the one audit entry the request leaves (see AuditCompletenessIT). */
    private JsonObject reclaim(List<String> assignmentIds, boolean notifyFirst, int graceDays) {
        String correlationId = "it-reclaim-" + UUID.randomUUID();
        HttpResponse<String> reclaimed = api.send(api.request("api/v1/tenant/unused-licenses/reclaim")
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(body(assignmentIds, notifyFirst, graceDays))));
        assertEquals(200, reclaimed.statusCode(), reclaimed.body());
        assertEquals(List.of((notifyFirst ? "LICENSE_RECLAIM_ANNOUNCED" : "LICENSES_RECLAIMED") + "|admin@northwind.com"),
                AuditEntries.under(api, ADMIN, correlationId));
        return Api.json(reclaimed);
    }

    private static String body(List<String> assignmentIds, boolean notifyFirst, int graceDays) {
        return "{\"assignmentIds\":[" + String.join(",", assignmentIds.stream().map(id -> "\"" + id + "\"").toList())
                + "],\"notifyFirst\":" + notifyFirst + ",\"graceDays\":" + graceDays + "}";
    }

    private JsonObject seats(UUID subscription) {
        return Api.json(api.get("api/v1/subscriptions/" + subscription + "/licenses", ADMIN));
    }

    private void assign(UUID subscription, UUID... people) {
        HttpResponse<String> assigned = api.postJson("api/v1/subscriptions/" + subscription + "/licenses/assign", ADMIN,
                "{\"userIds\":[" + String.join(",", List.of(people).stream().map(id -> "\"" + id + "\"").toList()) + "]}");
        assertEquals(200, assigned.statusCode(), assigned.body());
    }

    private static List<String> emails(List<JsonObject> rows) {
        return rows.stream().map(row -> row.getString("email")).sorted().toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Api.json(response).getString("code"), response.body());
    }

    private UUID buyCentrally(String productId, int quantity) {
        HttpResponse<String> bought = api.send(api.request("api/v1/tenant/purchases").header("Authorization", ADMIN)
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + productId + "\",\"quantity\":" + quantity
                        + ",\"term\":\"ANNUAL\"}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(Api.json(bought).getString("subscriptionId"));
    }

    private UUID buySelfService(String productId) {
        String body = "{\"productId\":\"" + productId + "\",\"quantity\":1,\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\","
                + "\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}}";
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(Api.json(bought).getString("subscriptionId"));
    }

    private void allow(String productId) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + productId)
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    private static UUID person(String name) {
        return UUID.nameUUIDFromBytes(("unused-licenses-it-" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A member who never signs in (no password), added directly: SelfServe has no user administration. */
    private static void addNorthwindMember(UUID id, String email, String name) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/selfserve");
        try (Connection db = dataSource.getConnection();
             PreparedStatement exists = db.prepareStatement("select count(*) from IDN_USER where ID = ?")) {
            exists.setString(1, id.toString());
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into IDN_USER (ID, TENANT_ID, EMAIL, DISPLAY_NAME, KIND, SOURCE, STATUS, FAILED_SIGN_INS, VERSION)
                    select ?, ID, ?, ?, 'MEMBER', 'CLOUD', 'ACTIVE', 0, 1 from IDN_TENANT where DISPLAY_NAME = ?""")) {
                insert.setString(1, id.toString());
                insert.setString(2, email);
                insert.setString(3, name);
                insert.setString(4, "Northwind Traders");
                insert.executeUpdate();
            }
        }
    }
}
