package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * License requests over REST in Contoso AB, whose demo policy keeps Microsoft 365 Copilot for
 * central buying: only a policy refusal lets someone request; a partial approval gives licenses from a
 * central subscription the test buys and tells the requester; too few licenses changes nothing; deny all;
 * another tenant's admin and a member are refused; two admins at once: one 200, one 409; the organization's
 * own message and link replace the request. erik@contoso.se's demo request is left to the browser test.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicenseRequestsApiIT {

    private static final String COPILOT = "CFQ7TTC0MM8R";
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String REQUESTS = "api/v1/license-requests";
    private static final String TENANT_REQUESTS = "api/v1/tenant/license-requests";
    private static final String FLOW = "api/v1/tenant/license-request-flow";
    private static final String ADMIN = as("admin@contoso.se");
    private static final String LICENSES = as("licenses@contoso.se");
    private static final String READER = as("reader@contoso.se");
    private static final String BILLING = as("billing@contoso.se");
    private static final String ANNA = as("anna@contoso.se");
    private static final String KARIN = as("karin@contoso.se");
    private static final String PARTNER = as("agent@fabrikam-partners.com");

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
    @Order(1)
    void onlySomeoneThePolicyKeepsFromBuyingRequestsAndOnlyForActiveMembers() {
        UUID anna = me(ANNA);
        // Counted, not assumed none: AuthorizationMatrixIT has Anna ask for Copilot once (and denies it).
        long before = mine(ANNA).stream().filter(r -> r.getString("productId").equals(COPILOT)).count();
        assertProblem(request(ANNA, POWER_BI_PRO, null, anna), 409, "REQUEST_NOT_NEEDED");
        assertProblem(request(as("guest.user@example.org"), COPILOT, null, anna), 403, "REQUEST_NOT_ALLOWED");
        assertProblem(request(ANNA, "CFQ7TTC0NONE", null, anna), 404, "PRODUCT_NOT_FOUND");
        assertProblem(request(ANNA, COPILOT, null, anna, me(as("guest.user@example.org"))), 400, "USER_NOT_ASSIGNABLE");
        assertProblem(request(ANNA, COPILOT, null, anna, me(as("sam@northwind.com"))), 400, "USER_NOT_ASSIGNABLE");
        assertProblem(request(ANNA, COPILOT, "x".repeat(501), anna), 400, "REQUEST_NOTE_TOO_LONG");
        assertProblem(request(ANNA, COPILOT, null, IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID())
                .toArray(UUID[]::new)), 400, "TOO_MANY_PEOPLE_IN_REQUEST");
        assertProblem(request(ANNA, COPILOT, null), 400, "NO_PEOPLE_IN_REQUEST");

        assertEquals(before, mine(ANNA).stream().filter(r -> r.getString("productId").equals(COPILOT)).count(),
                "nothing was requested");
    }

    @Test
    @Order(2)
    void aPartialApprovalGivesLicensesFromACentralSubscriptionAndTheRequesterSeesTheOutcome() {
        UUID central = buyCentral(3);
        UUID anna = me(ANNA);
        UUID licenses = me(LICENSES);
        UUID reader = me(READER);

        HttpResponse<String> made = request(ANNA, COPILOT, "<b>For the board pack</b>", anna, licenses, reader);
        assertEquals(200, made.statusCode(), made.body());
        JsonObject pending = json(made);
        String id = pending.getString("id");
        assertEquals("PENDING", pending.getString("status"));
        assertEquals("Microsoft 365 Copilot", pending.getString("productName"));
        assertEquals("<b>For the board pack</b>", pending.getString("note"), "stored as plain text");
        assertEquals(List.of("anna@contoso.se", "licenses@contoso.se", "reader@contoso.se"), emails(pending));

        for (String handler : List.of(LICENSES, ADMIN, READER)) {
            HttpResponse<String> list = api.get(TENANT_REQUESTS + "?status=PENDING", handler);
            assertEquals(200, list.statusCode(), list.body());
            JsonObject seen = find(list, id);
            assertEquals("anna@contoso.se", seen.getString("requesterEmail"));
            assertTrue(Long.parseLong(list.headers().firstValue("X-Total-Count").orElseThrow()) >= 1);
        }
        UUID contoso = UUID.fromString(pending.getString("tenantId"));
        find(api.get(TENANT_REQUESTS + "?tenantId=" + contoso, PARTNER), id);
        assertTrue(array(api.get(TENANT_REQUESTS + "/" + id + "/subscriptions", LICENSES)).getValuesAs(JsonObject.class)
                .stream().anyMatch(s -> s.getString("subscriptionId").equals(central.toString())));

        HttpResponse<String> decided = decide(LICENSES, id, List.of(anna, licenses), List.of(reader), central,
                "Approved for the board pack. Eva gets hers with the next order.");

        assertEquals(200, decided.statusCode(), decided.body());
        JsonObject completed = json(decided);
        assertEquals("COMPLETED", completed.getString("status"));
        assertEquals(Map.of("anna@contoso.se", "APPROVED", "licenses@contoso.se", "APPROVED", "reader@contoso.se", "DENIED"),
                outcomes(completed));
        assertEquals("Nils Berg", completed.getString("decidedByName"));
        JsonObject seats = licenses(central);
        assertEquals(2, seats.getInt("assigned"));
        assertEquals(List.of("anna@contoso.se", "licenses@contoso.se"), emails(seats.getJsonArray("users")
                .getValuesAs(JsonObject.class)));

        JsonObject annas = mine(ANNA).stream().filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals("COMPLETED", annas.getString("status"));
        assertEquals("Approved for the board pack. Eva gets hers with the next order.", annas.getString("message"));
        assertEquals(outcomes(completed), outcomes(annas));
        assertTrue(array(api.get(TENANT_REQUESTS + "?status=PENDING&limit=200", ADMIN)).getValuesAs(JsonObject.class)
                .stream().noneMatch(r -> r.getString("id").equals(id)));
        find(api.get(TENANT_REQUESTS + "?status=completed", ADMIN), id);
        assertProblem(decide(ADMIN, id, List.of(), List.of(anna, licenses, reader), null, null), 409,
                "REQUEST_ALREADY_DECIDED");
    }

    @Test
    @Order(3)
    void tooFewLicensesChangesNothingAndDenyingAllNeedsNoSubscription() {
        UUID small = buyCentral(1);
        UUID karin = me(KARIN);
        UUID billing = me(BILLING);
        UUID admin = me(ADMIN);
        String id = json(request(KARIN, COPILOT, null, karin, billing)).getString("id");
        HttpResponse<String> again = request(KARIN, COPILOT, "Sofia too, please.", admin, karin);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, json(again).getString("id"), "a second request adds to the pending one");
        assertEquals(List.of("karin@contoso.se", "billing@contoso.se", "admin@contoso.se"), emails(json(again)));

        HttpResponse<String> tooMany = decide(ADMIN, id, List.of(karin, billing, admin), List.of(), small, null);
        assertProblem(tooMany, 409, "NOT_ENOUGH_SEATS");
        assertTrue(json(tooMany).getString("detail").contains("1"), tooMany.body());
        JsonObject unchanged = json(api.get(TENANT_REQUESTS + "/" + id, ADMIN));
        assertEquals("PENDING", unchanged.getString("status"));
        assertTrue(outcomes(unchanged).values().stream().allMatch("PENDING"::equals));
        assertEquals(0, licenses(small).getInt("assigned"), "nothing was assigned");

        assertProblem(decide(ADMIN, id, List.of(karin), List.of(billing), small, null), 400, "DECISION_INCOMPLETE");
        assertProblem(decide(ADMIN, id, List.of(karin), List.of(billing, admin), null, null), 400, "SUBSCRIPTION_REQUIRED");
        UUID annasPowerBi = array(api.get("api/v1/tenant/subscriptions?limit=500", ADMIN)).getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("channel").equals("SELF_SERVICE") && s.getString("productId").equals(POWER_BI_PRO))
                .map(s -> UUID.fromString(s.getString("id"))).findFirst().orElseThrow();
        assertProblem(decide(ADMIN, id, List.of(karin), List.of(billing, admin), annasPowerBi, null), 400,
                "SUBSCRIPTION_OTHER_PRODUCT");

        HttpResponse<String> denied = decide(ADMIN, id, List.of(), List.of(karin, billing, admin), null,
                "We buy Copilot for the sales team only this year.");

        assertEquals(200, denied.statusCode(), denied.body());
        JsonObject completed = json(denied);
        assertEquals("COMPLETED", completed.getString("status"));
        assertTrue(outcomes(completed).values().stream().allMatch("DENIED"::equals));
        assertTrue(!completed.containsKey("subscriptionId") || completed.isNull("subscriptionId"), "denying all takes no licenses");
        JsonObject karins = mine(KARIN).stream().filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals("We buy Copilot for the sales team only this year.", karins.getString("message"));
    }

    @Test
    @Order(4)
    void anotherTenantsAdminAMemberAndAReaderAreRefused() {
        String id = array(api.get(TENANT_REQUESTS, ADMIN)).getValuesAs(JsonObject.class).getFirst().getString("id");
        String contoso = json(api.get("api/v1/me", ADMIN)).getJsonObject("tenant").getString("id");
        String denyNobody = "{\"approvedUserIds\":[],\"deniedUserIds\":[]}";

        for (String stranger : List.of(as("admin@northwind.com"), as("admin@contoso.cn"))) {
            assertProblem(api.get(TENANT_REQUESTS + "/" + id, stranger), 404, "REQUEST_NOT_FOUND");
            assertProblem(api.get(TENANT_REQUESTS + "/" + id + "/subscriptions", stranger), 404, "REQUEST_NOT_FOUND");
            assertProblem(api.postJson(TENANT_REQUESTS + "/" + id + "/decision", stranger, denyNobody), 404,
                    "REQUEST_NOT_FOUND");
            assertProblem(api.get(TENANT_REQUESTS + "?tenantId=" + contoso, stranger), 404, "TENANT_NOT_FOUND");
            assertProblem(api.get(FLOW + "?tenantId=" + contoso, stranger), 404, "TENANT_NOT_FOUND");
        }
        for (String member : List.of(ANNA, as("sam@northwind.com"), BILLING)) {
            assertProblem(api.get(TENANT_REQUESTS, member), 403, "FORBIDDEN");
            assertProblem(api.get(TENANT_REQUESTS + "/" + id, member), 403, "FORBIDDEN");
            assertProblem(api.postJson(TENANT_REQUESTS + "/" + id + "/decision", member, denyNobody), 403, "FORBIDDEN");
        }
        assertProblem(api.postJson(TENANT_REQUESTS + "/" + id + "/decision", READER, denyNobody), 403, "FORBIDDEN");
        assertProblem(put(FLOW, LICENSES, "{\"ownFlow\":false}"), 403, "FORBIDDEN");
        assertProblem(api.get(TENANT_REQUESTS + "/" + UUID.randomUUID(), ADMIN), 404, "REQUEST_NOT_FOUND");
        assertProblem(api.get(TENANT_REQUESTS + "?status=OPEN", ADMIN), 400, "REQUEST_STATUS_INVALID");
        assertProblem(api.get(TENANT_REQUESTS + "?limit=0", ADMIN), 400, "PAGE_LIMIT_INVALID");
        assertProblem(api.get(TENANT_REQUESTS + "?offset=-1", ADMIN), 400, "PAGE_OFFSET_INVALID");
    }

    @Test
    @Order(5)
    void twoAdminsDecidingAtOnceOneWinsTheOtherGetsAConflict() {
        UUID central = buyCentral(5);
        UUID billing = me(BILLING);
        String id = json(request(BILLING, COPILOT, null, billing)).getString("id");
        String approve = "{\"approvedUserIds\":[\"" + billing + "\"],\"deniedUserIds\":[],\"subscriptionId\":\"" + central + "\"}";

        List<CompletableFuture<HttpResponse<String>>> racing = List.of(ADMIN, PARTNER).stream()
                .map(caller -> api.sendAsync(api.request(TENANT_REQUESTS + "/" + id + "/decision")
                        .header("Authorization", caller).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(approve))))
                .toList();
        List<HttpResponse<String>> answers = racing.stream().map(CompletableFuture::join).toList();

        assertEquals(Map.of(200, 1L, 409, 1L), answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())), answers::toString);
        String loser = json(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow()).getString("code");
        assertTrue(List.of("REQUEST_ALREADY_DECIDED", "CONCURRENT_CHANGE").contains(loser), loser);
        assertEquals(1, licenses(central).getInt("assigned"), "one license, given once");
    }

    @Test
    @Order(6)
    void theOrganizationsOwnMessageAndLinkReplaceTheRequestForm() {
        assertProblem(put(FLOW, ADMIN, "{\"ownFlow\":true,\"message\":\"Ask the service desk.\",\"link\":\"http://desk.contoso.se\"}"),
                400, "FLOW_LINK_INVALID");
        assertProblem(put(FLOW, ADMIN, "{\"ownFlow\":true,\"link\":\"https://desk.contoso.se\"}"), 400, "FLOW_MESSAGE_REQUIRED");
        assertFalse(json(api.get(REQUESTS + "/flow", ANNA)).getBoolean("ownFlow"), "nothing changed");
        try {
            HttpResponse<String> own = put(FLOW, ADMIN,
                    "{\"ownFlow\":true,\"message\":\"Ask the service desk for licenses.\",\"link\":\"https://desk.contoso.se/licenses\"}");
            assertEquals(200, own.statusCode(), own.body());
            assertTrue(json(api.get(FLOW, READER)).getBoolean("ownFlow"));

            JsonObject seen = json(api.get(REQUESTS + "/flow", ANNA));
            assertTrue(seen.getBoolean("ownFlow"));
            assertEquals("Ask the service desk for licenses.", seen.getString("message"));
            assertEquals("https://desk.contoso.se/licenses", seen.getString("link"));
            HttpResponse<String> refused = request(ANNA, COPILOT, null, me(ANNA));
            assertProblem(refused, 409, "OWN_REQUEST_FLOW");
            assertTrue(json(refused).getString("detail").contains("https://desk.contoso.se/licenses"), refused.body());
        } finally {
            assertEquals(200, put(FLOW, ADMIN, "{\"ownFlow\":false}").statusCode());
        }
        assertFalse(json(api.get(REQUESTS + "/flow", ANNA)).getBoolean("ownFlow"));
    }

    private static String as(String email) {
        return basic(email, DemoAccounts.PASSWORD);
    }

    private UUID me(String authorization) {
        return UUID.fromString(json(api.get("api/v1/me", authorization)).getString("id"));
    }

    private HttpResponse<String> request(String authorization, String product, String note, UUID... people) {
        String ids = List.of(people).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
        String body = "{\"productId\":\"" + product + "\",\"userIds\":" + ids
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
        return api.postJson(REQUESTS, authorization, body);
    }

    private HttpResponse<String> decide(String authorization, String id, List<UUID> approved, List<UUID> denied,
                                        UUID subscription, String message) {
        String body = "{\"approvedUserIds\":" + ids(approved) + ",\"deniedUserIds\":" + ids(denied)
                + (subscription == null ? "" : ",\"subscriptionId\":\"" + subscription + "\"")
                + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}";
        return api.postJson(TENANT_REQUESTS + "/" + id + "/decision", authorization, body);
    }

    private static String ids(List<UUID> people) {
        return people.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private HttpResponse<String> put(String path, String authorization, String json) {
        return api.send(api.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private List<JsonObject> mine(String authorization) {
        HttpResponse<String> response = api.get(REQUESTS, authorization);
        assertEquals(200, response.statusCode(), response.body());
        return array(response).getValuesAs(JsonObject.class);
    }

    private static JsonObject find(HttpResponse<String> list, String id) {
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class).stream().filter(r -> r.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " not listed: " + list.body()));
    }

    private static List<String> emails(JsonObject request) {
        return emails(request.getJsonArray("people").getValuesAs(JsonObject.class));
    }

    private static List<String> emails(List<JsonObject> people) {
        return people.stream().map(p -> p.getString("email")).toList();
    }

    private static Map<String, String> outcomes(JsonObject request) {
        return request.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("email"), p -> p.getString("outcome")));
    }

    /** A central Copilot subscription of Contoso AB, bought by invoice for this test only. */
    private UUID buyCentral(int licenses) {
        HttpResponse<String> bought = api.send(api.request("api/v1/tenant/purchases").header("Authorization", ADMIN)
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-requests-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + COPILOT + "\",\"quantity\":" + licenses
                        + ",\"term\":\"MONTHLY\"}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(json(bought).getString("subscriptionId"));
    }

    private JsonObject licenses(UUID subscription) {
        HttpResponse<String> response = api.get("api/v1/subscriptions/" + subscription + "/licenses", ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
    }
}
