package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assigning licenses over REST: within the seats, all or nothing, only to active members of the
 * tenant, one license of a product per person, only by whoever may; access ends with the subscription; and
 * 200 concurrent assignments at 100 free seats give exactly 100 assignments and 100 clean refusals.
 *
 * <p>Northwind Traders has two demo people; the first test adds 200 members (and a guest and a disabled user)
 * with ids every test can compute, directly in the database, since SelfServe has no user administration.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicensesApiIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String NORTHWIND_ADMIN = basic("admin@northwind.com", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";
    private static final String PROJECT_PLAN_3 = "CFQ7TTC0HDB0";
    private static final int PEOPLE = 200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicensesApiIT.class, Api.class, DemoAccounts.class);
    }

    @ArquillianResource
    private URL base;

    /** The fixture's people: members 0..199, then a guest and a disabled member. */
    static UUID person(int number) {
        return UUID.nameUUIDFromBytes(("licenses-it-" + number).getBytes(StandardCharsets.UTF_8));
    }

    static final UUID GUEST = person(1000);
    static final UUID DISABLED = person(1001);

    @Test
    @Order(1)
    void northwindHasTwoHundredMoreMembers() throws Exception {
        try (Connection db = dataSource().getConnection()) {
            String northwind = single(db, "select ID from IDN_TENANT where DISPLAY_NAME = ?", "Northwind Traders");
            for (int number = 0; number < PEOPLE; number++) {
                addUser(db, northwind, person(number), "seat-" + number + "@northwind.com", "Seat Holder " + number,
                        "MEMBER", "ACTIVE");
            }
            addUser(db, northwind, GUEST, "seat-guest@northwind.com", "Seat Guest", "GUEST", "ACTIVE");
            addUser(db, northwind, DISABLED, "seat-disabled@northwind.com", "Seat Disabled", "MEMBER", "DISABLED");
            assertEquals(String.valueOf(PEOPLE + 4),
                    single(db, "select count(*) from IDN_USER where TENANT_ID = ?", northwind));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void assignsWithinTheSeatsAllOrNothing() {
        Api api = new Api(base);
        allow(api, POWER_BI_PRO);
        UUID subscription = buy(api, POWER_BI_PRO, 3);

        JsonObject two = assertOk(assign(api, SAM, subscription, person(0), person(1)));
        assertEquals(2, two.getInt("assigned"));
        assertEquals(1, two.getInt("free"));
        assertEquals(List.of("seat-0@northwind.com", "seat-1@northwind.com"), emails(two));

        assertEquals(2, assertOk(assign(api, SAM, subscription, person(0))).getInt("assigned"), "already held: unchanged");

        HttpResponse<String> tooMany = assign(api, SAM, subscription, person(2), person(3));
        assertProblem(tooMany, 409, "NOT_ENOUGH_SEATS");
        assertTrue(json(tooMany).getString("detail").contains("1"), tooMany.body());
        assertEquals(2, licenses(api, SAM, subscription).getInt("assigned"), "nothing was assigned");

        JsonObject afterUnassign = assertOk(api.postJson(path(subscription) + "/unassign", SAM, ids(person(1))));
        assertEquals(1, afterUnassign.getInt("assigned"));
        assertEquals(List.of("seat-0@northwind.com"), emails(afterUnassign));
    }

    @Test
    @Order(3)
    @RunAsClient
    void onlyActiveMembersOfTheTenantAtMostTwentyAtATime() {
        Api api = new Api(base);
        allow(api, POWER_BI_PRO);
        UUID subscription = buy(api, POWER_BI_PRO, 30);
        UUID annaInContoso = UUID.fromString(json(api.get("api/v1/me", basic("anna@contoso.se", DemoAccounts.PASSWORD)))
                .getString("id"));

        assertProblem(assign(api, SAM, subscription, person(20), GUEST), 400, "USER_NOT_ASSIGNABLE");
        assertProblem(assign(api, SAM, subscription, DISABLED), 400, "USER_NOT_ASSIGNABLE");
        assertProblem(assign(api, SAM, subscription, annaInContoso), 400, "USER_NOT_ASSIGNABLE");
        assertProblem(assign(api, SAM, subscription, IntStream.range(20, 41).mapToObj(LicensesApiIT::person)
                .toArray(UUID[]::new)), 400, "TOO_MANY_USERS_AT_ONCE");
        assertProblem(api.postJson(path(subscription) + "/assign", SAM, "{\"userIds\":[]}"), 400, "NO_USERS_CHOSEN");
        assertProblem(api.postJson(path(subscription) + "/assign", SAM, "{\"userIds\":[\"not-an-id\"]}"), 400, null);
        assertEquals(0, licenses(api, SAM, subscription).getInt("assigned"), "no refusal assigned anything");

        assertEquals(20, assertOk(assign(api, SAM, subscription, IntStream.range(20, 40).mapToObj(LicensesApiIT::person)
                .toArray(UUID[]::new))).getInt("assigned"));
    }

    @Test
    @Order(4)
    @RunAsClient
    void aPersonHoldsOneLicenseOfAProduct() {
        Api api = new Api(base);
        allow(api, POWER_BI_PRO);
        UUID first = buy(api, POWER_BI_PRO, 1);
        UUID second = buy(api, POWER_BI_PRO, 1);
        assertOk(assign(api, SAM, first, person(50)));

        HttpResponse<String> twice = assign(api, SAM, second, person(50));

        assertProblem(twice, 409, "ALREADY_LICENSED");
        assertTrue(json(twice).getString("detail").contains("seat-50@northwind.com"), twice.body());
    }

    @Test
    @Order(5)
    @RunAsClient
    void adminsSeeButDoNotAssignWhatAUserBought() {
        Api api = new Api(base);
        allow(api, POWER_BI_PRO);
        UUID subscription = buy(api, POWER_BI_PRO, 2);
        String partner = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);

        JsonObject seenByAdmin = assertOk(api.get(path(subscription), NORTHWIND_ADMIN));
        assertFalse(seenByAdmin.getBoolean("mayAssign"));
        assertProblem(assign(api, NORTHWIND_ADMIN, subscription, person(60)), 403, "PURCHASED_BY_USER");
        assertProblem(api.postJson(path(subscription) + "/unassign", NORTHWIND_ADMIN, ids(person(60))), 403,
                "PURCHASED_BY_USER");
        assertOk(api.get(path(subscription), partner));
        assertProblem(assign(api, partner, subscription, person(60)), 403, "PURCHASED_BY_USER");

        for (String stranger : List.of("anna@contoso.se", "admin@contoso.se", "li.wei@contoso.cn")) {
            String caller = basic(stranger, DemoAccounts.PASSWORD);
            assertProblem(api.get(path(subscription), caller), 404, "SUBSCRIPTION_NOT_FOUND");
            assertProblem(assign(api, caller, subscription, person(60)), 404, "SUBSCRIPTION_NOT_FOUND");
        }
        assertEquals(0, licenses(api, SAM, subscription).getInt("assigned"));
    }

    @Test
    @Order(6)
    @RunAsClient
    void adminsAssignCentralLicensesAndReadersOnlyRead() {
        Api api = new Api(base);
        String contosoAdmin = basic("admin@contoso.se", DemoAccounts.PASSWORD);
        UUID central = array(api.get("api/v1/tenant/subscriptions", contosoAdmin)).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("channel").equals("CENTRAL") && s.getString("productId").equals(POWER_BI_PRO))
                .map(s -> UUID.fromString(s.getString("id"))).findFirst().orElseThrow();
        String licenseAdmin = basic("licenses@contoso.se", DemoAccounts.PASSWORD);
        JsonObject before = assertOk(api.get(path(central), licenseAdmin));
        assertTrue(before.getBoolean("mayAssign"));
        UUID reader = holder(before, "reader@contoso.se");

        assertEquals(before.getInt("assigned") - 1,
                assertOk(api.postJson(path(central) + "/unassign", licenseAdmin, ids(reader))).getInt("assigned"));
        assertEquals(before.getInt("assigned"), assertOk(assign(api, contosoAdmin, central, reader)).getInt("assigned"));

        String globalReader = basic("reader@contoso.se", DemoAccounts.PASSWORD);
        assertFalse(assertOk(api.get(path(central), globalReader)).getBoolean("mayAssign"));
        assertProblem(api.postJson(path(central) + "/unassign", globalReader, ids(reader)), 403, "FORBIDDEN");
        assertProblem(api.get(path(central), basic("anna@contoso.se", DemoAccounts.PASSWORD)), 404, "SUBSCRIPTION_NOT_FOUND");
    }

    @Test
    @Order(7)
    @RunAsClient
    void accessEndsWithTheSubscriptionAndQuantityStaysAboveTheAssigned() {
        Api api = new Api(base);
        allow(api, PROJECT_PLAN_3);
        UUID subscription = buy(api, PROJECT_PLAN_3, 3);
        assertOk(assign(api, SAM, subscription, person(70), person(71)));

        HttpResponse<String> fewer = api.send(api.request("api/v1/subscriptions/" + subscription)
                .header("Authorization", SAM).header("Content-Type", "application/json")
                .header("Idempotency-Key", "it-" + UUID.randomUUID())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":1}")));
        assertProblem(fewer, 400, "QUANTITY_BELOW_ASSIGNED");

        assertEquals(200, api.postJson("api/v1/subscriptions/" + subscription + "/cancel", SAM,
                "{\"reason\":\"NO_LONGER_NEEDED\"}").statusCode());
        JsonObject ended = assertOk(api.get(path(subscription), SAM));
        assertFalse(ended.getBoolean("running"));
        assertEquals(0, ended.getInt("assigned"));
        assertTrue(ended.getJsonArray("users").isEmpty(), ended.toString());

        UUID next = buy(api, PROJECT_PLAN_3, 2);
        assertEquals(2, assertOk(assign(api, SAM, next, person(70), person(71))).getInt("assigned"),
                "the licenses of the canceled subscription are free again");
    }

    @Test
    @Order(8)
    @RunAsClient
    void twoHundredConcurrentAssignmentsAtOneHundredFreeSeatsNeverOverbook() {
        Api api = new Api(base);
        allow(api, VISIO_PLAN_2);
        String token = bearer(json(api.postJson("api/v1/tokens", SAM, "{\"label\":\"contention\",\"validityDays\":1}"))
                .getString("token"));
        UUID subscription = buy(api, VISIO_PLAN_2, 100);

        List<CompletableFuture<HttpResponse<String>>> requests = IntStream.range(0, PEOPLE)
                .mapToObj(number -> api.sendAsync(api.request(path(subscription) + "/assign")
                        .header("Authorization", token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ids(person(number))))))
                .toList();
        Map<Integer, Long> answers = requests.stream().map(CompletableFuture::join)
                .peek(answer -> {
                    if (answer.statusCode() == 409) {
                        String code = json(answer).getString("code");
                        assertTrue(code.equals("NOT_ENOUGH_SEATS") || code.equals("CONCURRENT_CHANGE"), answer.body());
                    }
                })
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));

        assertEquals(Map.of(200, 100L, 409, 100L), answers);
        JsonObject seats = licenses(api, SAM, subscription);
        assertEquals(100, seats.getInt("assigned"));
        assertEquals(0, seats.getInt("free"));
        assertEquals(100, seats.getJsonArray("users").size());
    }

    @Test
    @Order(9)
    @RunAsClient
    void adminsSeeEachProductOnceAndExportItsHoldersAsCsv() {
        Api api = new Api(base);
        JsonObject visio = array(api.get("api/v1/tenant/licenses", NORTHWIND_ADMIN)).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("productId").equals(VISIO_PLAN_2)).findFirst().orElseThrow();
        List<JsonObject> subscriptions = array(api.get("api/v1/tenant/licenses/" + VISIO_PLAN_2 + "/subscriptions",
                NORTHWIND_ADMIN)).getValuesAs(JsonObject.class);
        assertEquals(subscriptions.size(), visio.getInt("subscriptions"));
        assertEquals(subscriptions.stream().mapToInt(s -> s.getInt("seats")).sum(), visio.getInt("available"));
        assertEquals(subscriptions.stream().mapToInt(s -> s.getInt("assigned")).sum(), visio.getInt("assigned"));
        assertEquals(visio.getInt("available") - visio.getInt("assigned"), visio.getInt("free"));
        UUID full = subscriptions.stream().filter(s -> s.getInt("assigned") == 100)
                .map(s -> UUID.fromString(s.getString("subscriptionId"))).findFirst().orElseThrow();

        HttpResponse<String> csv = api.send(api.request("api/v1/tenant/licenses/export?subscriptionId=" + full)
                .header("Authorization", NORTHWIND_ADMIN).header("Accept-Language", "sv-SE").GET());

        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("100", csv.headers().firstValue("X-Total-Rows").orElseThrow());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(101, lines.size(), "a header and a row per holder");
        assertEquals("\uFEFFAnvändare,E-post,Produkt,Produkt-ID,Prenumerations-ID,Köpt av,Köparens e-post,"
                + "Tilldelad sedan (UTC)", lines.getFirst());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",Visio Plan 2,") && line.contains(full.toString())
                && line.contains(",sam@northwind.com,")), lines.get(1));
        assertEquals(100, lines.stream().skip(1).map(line -> line.split(",")[1]).filter(e -> e.startsWith("seat-"))
                .distinct().count());
    }

    @Test
    @Order(10)
    @RunAsClient
    void theLicensesViewIsForTheTenantsAdminsOnly() {
        Api api = new Api(base);
        UUID northwind = UUID.fromString(json(api.get("api/v1/me", SAM)).getJsonObject("tenant").getString("id"));

        assertProblem(api.get("api/v1/tenant/licenses", SAM), 403, "FORBIDDEN");
        assertProblem(api.get("api/v1/tenant/licenses/export", SAM), 403, "FORBIDDEN");
        String contosoAdmin = basic("admin@contoso.se", DemoAccounts.PASSWORD);
        assertProblem(api.get("api/v1/tenant/licenses?tenantId=" + northwind, contosoAdmin), 404, "TENANT_NOT_FOUND");
        assertProblem(api.get("api/v1/tenant/licenses/export?tenantId=" + northwind, contosoAdmin), 404,
                "TENANT_NOT_FOUND");
        String partner = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
        assertEquals(200, api.get("api/v1/tenant/licenses?tenantId=" + northwind, partner).statusCode());
    }

    private static String path(UUID subscription) {
        return "api/v1/subscriptions/" + subscription + "/licenses";
    }

    private static HttpResponse<String> assign(Api api, String caller, UUID subscription, UUID... people) {
        return api.postJson(path(subscription) + "/assign", caller, ids(people));
    }

    private static JsonObject licenses(Api api, String caller, UUID subscription) {
        return assertOk(api.get(path(subscription), caller));
    }

    private static String ids(UUID... people) {
        return List.of(people).stream().map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",", "{\"userIds\":[", "]}"));
    }

    private static List<String> emails(JsonObject licenses) {
        return licenses.getJsonArray("users").getValuesAs(JsonObject.class).stream().map(u -> u.getString("email"))
                .sorted().toList();
    }

    private static UUID holder(JsonObject licenses, String email) {
        return licenses.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("email").equals(email)).map(u -> UUID.fromString(u.getString("userId")))
                .findFirst().orElseThrow(() -> new AssertionError(email + " holds none: " + licenses));
    }

    private static JsonObject assertOk(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        if (code != null) {
            assertEquals(code, json(response).getString("code"), response.body());
        }
    }

    /** Other classes change Northwind's policy; buying here needs the product allowed. */
    private static void allow(Api api, String productId) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + productId)
                .header("Authorization", NORTHWIND_ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    private static UUID buy(Api api, String productId, int quantity) {
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

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/selfserve");
    }

    private static String single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void addUser(Connection db, String tenantId, UUID id, String email, String name, String kind,
                                String status) throws SQLException {
        if (!"0".equals(single(db, "select count(*) from IDN_USER where ID = ?", id.toString()))) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("""
                insert into IDN_USER (ID, TENANT_ID, EMAIL, DISPLAY_NAME, KIND, SOURCE, STATUS, FAILED_SIGN_INS, VERSION)
                values (?, ?, ?, ?, ?, 'CLOUD', ?, 0, 1)""")) {
            insert.setString(1, id.toString());
            insert.setString(2, tenantId);
            insert.setString(3, email);
            insert.setString(4, name);
            insert.setString(5, kind);
            insert.setString(6, status);
            insert.executeUpdate();
        }
    }
}
