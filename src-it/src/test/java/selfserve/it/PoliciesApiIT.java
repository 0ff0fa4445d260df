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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AllowSelfServicePurchase policy over REST: its answers, its refusals, and who may do what where. */
@ExtendWith(ArquillianExtension.class)
class PoliciesApiIT {

    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase";
    private static final Map<String, String> TENANT_IDS = new ConcurrentHashMap<>();

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

    /**
     * Every endpoint for every kind of caller, on Contoso AB (or, with "own", on the caller's own tenant).
     * Writes set a value that is already in force, so the matrix changes nothing that other tests see.
     */
    @ParameterizedTest(name = "{0} on {1}: read {2}, change {3}")
    @CsvSource({
            "admin@contoso.se,            own,           200, 200",
            "billing@contoso.se,          own,           200, 200",
            "reader@contoso.se,           own,           200, 403",
            "licenses@contoso.se,         own,           403, 403",
            "anna@contoso.se,             own,           403, 403",
            "admin@northwind.com,         Contoso AB,    404, 404",
            "agent@fabrikam-partners.com, Contoso AB,    200, 200",
            "agent@fabrikam-partners.com, Contoso China, 404, 404",
            "agent@fabrikam-partners.com, own,           403, 403"})
    void accessMatrix(String caller, String tenant, int read, int change) {
        String query = "own".equals(tenant) ? "" : "?tenantId=" + tenantId(tenant);
        String auth = basic(caller, DemoAccounts.PASSWORD);

        for (String path : List.of("api/v1/policies", POLICY, POLICY + "/products", POLICY + "/products/CFQ7TTC0H6RP")) {
            assertEquals(read, api.get(path + query, auth).statusCode(), caller + " GET " + path);
        }
        assertEquals(change, put(POLICY + "/products/CFQ7TTC0H6RP" + query, auth, "{\"policyValue\":\"Enabled\"}").statusCode(),
                caller + " PUT product");
        assertEquals(change, put(POLICY + query, auth, "{\"defaultValue\":\"Enabled\"}").statusCode(), caller + " PUT default");
    }

    @Test
    void theAnswersCarryTheMsCommerceFields() {
        String admin = basic("admin@contoso.se", DemoAccounts.PASSWORD);

        JsonObject policy = Json.createReader(new StringReader(api.get("api/v1/policies", admin).body())).readArray().getJsonObject(0);
        assertEquals("AllowSelfServicePurchase", policy.getString("policyId"));
        assertEquals("Enabled", policy.getString("defaultValue"));
        assertFalse(policy.getString("description").isBlank());

        List<JsonObject> products = Json.createReader(new StringReader(api.get(POLICY + "/products", admin).body()))
                .readArray().getValuesAs(JsonObject.class);
        assertEquals(12, products.size());
        JsonObject powerBi = products.stream().filter(p -> p.getString("productId").equals("CFQ7TTC0H9MP")).findFirst().orElseThrow();
        assertEquals("Power BI Pro", powerBi.getString("productName"));
        assertEquals("AllowSelfServicePurchase", powerBi.getString("policyId"));
        assertTrue(List.of("Enabled", "Disabled", "OnlyTrialsWithoutPaymentMethod").contains(powerBi.getString("policyValue")));
    }

    @Test
    void anOlderAliasIdNamesTheSameProduct() {
        String admin = basic("admin@contoso.cn", DemoAccounts.PASSWORD);

        assertEquals(200, put(POLICY + "/products/CFQ7TTC0KXN8", admin, "{\"policyValue\":\"Disabled\"}").statusCode());

        JsonObject visio = json(api.get(POLICY + "/products/CFQ7TTC0HD32", admin));
        assertEquals("Visio Plan 2", visio.getString("productName"));
        assertEquals("Disabled", visio.getString("policyValue"));
        assertEquals("CFQ7TTC0HD32", json(api.get(POLICY + "/products/cfq7ttc0kxn8", admin)).getString("productId"));
    }

    @Test
    void theTenantDefaultAppliesToEveryProductWithoutItsOwnSetting() {
        String admin = basic("admin@northwind.com", DemoAccounts.PASSWORD);
        put(POLICY + "/products/CFQ7TTC0LH05", admin, "{\"policyValue\":\"Enabled\"}");

        JsonObject changed = json(put(POLICY, admin, "{\"defaultValue\":\"Disabled\"}"));
        assertEquals("Disabled", changed.getString("defaultValue"));
        JsonObject followsDefault = json(api.get(POLICY + "/products/CFQ7TTC0MM8R", admin));
        assertEquals("Disabled", followsDefault.getString("policyValue"));
        assertFalse(followsDefault.getBoolean("explicitlySet"));
        JsonObject ownSetting = json(api.get(POLICY + "/products/CFQ7TTC0LH05", admin));
        assertEquals("Enabled", ownSetting.getString("policyValue"));
        assertTrue(ownSetting.getBoolean("explicitlySet"));

        put(POLICY, admin, "{\"defaultValue\":\"OnlyTrialsWithoutPaymentMethod\"}");
        assertEquals("OnlyTrialsWithoutPaymentMethod", json(api.get(POLICY + "/products/CFQ7TTC0J1FV", admin)).getString("policyValue"));
        assertEquals("Disabled", json(api.get(POLICY + "/products/CFQ7TTC0MM8R", admin)).getString("policyValue"),
                "trial-only does not apply to a product without a trial");

        assertEquals(200, put(POLICY, admin, "{\"defaultValue\":\"Enabled\"}").statusCode());
    }

    @Test
    void badRequestsAreRefusedWithTheirCodeAndChangeNothing() {
        String admin = basic("admin@contoso.tw", DemoAccounts.PASSWORD);
        String before = json(api.get(POLICY + "/products/CFQ7TTC0H9MP", admin)).getString("policyValue");

        assertCode(put(POLICY + "/products/CFQ7TTC0H9MP", admin, "{\"policyValue\":\"Sometimes\"}"), 400, "INVALID_POLICY_VALUE");
        assertCode(put(POLICY + "/products/CFQ7TTC0H9MP", admin, "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}"),
                400, "TRIALS_ONLY_NOT_OFFERED");
        assertCode(put(POLICY + "/products/CFQ7TTC0H9MP", admin, "{}"), 400, "INVALID_INPUT");
        assertCode(put(POLICY + "/products/CFQ7TTC0NONE", admin, "{\"policyValue\":\"Disabled\"}"), 404, "PRODUCT_NOT_FOUND");
        assertCode(api.get("api/v1/policies/AllowEverything", admin), 404, "POLICY_NOT_FOUND");
        assertCode(api.get(POLICY + "?tenantId=not-a-uuid", admin), 404, "RESOURCE_NOT_FOUND");

        assertEquals(before, json(api.get(POLICY + "/products/CFQ7TTC0H9MP", admin)).getString("policyValue"));
        assertEquals(200, put(POLICY + "/products/CFQ7TTC0HD33", admin, "{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}")
                .statusCode(), "Visio Plan 1 has a trial without payment method");
    }

    @Test
    void theCorrelationIdComesBackOnEveryAnswer() {
        HttpResponse<String> response = api.send(api.request(POLICY + "/products")
                .header("Authorization", basic("reader@contoso.se", DemoAccounts.PASSWORD))
                .header("X-Correlation-Id", "policy-trace-1").GET());

        assertEquals("policy-trace-1", response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void concurrentFirstSettingsOfOneProductNeverFailWithA500() throws Exception {
        String admin = basic("billing@contoso.se", DemoAccounts.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> put(POLICY + "/products/CFQ7TTC0LSGZ", admin,
                            "{\"policyValue\":\"" + (i % 2 == 0 ? "Disabled" : "Enabled") + "\"}").statusCode()))
                    .toList();
            for (Future<Integer> answer : answers) {
                assertTrue(List.of(200, 409).contains(answer.get()), "status " + answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(json(api.get(POLICY + "/products/CFQ7TTC0LSGZ", admin)).getBoolean("explicitlySet"));
    }

    private HttpResponse<String> put(String path, String authorization, String json) {
        return api.send(api.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String tenantId(String tenantName) {
        return TENANT_IDS.computeIfAbsent(tenantName, name -> {
            String member = Map.of("Contoso AB", "anna@contoso.se", "Contoso China", "li.wei@contoso.cn").get(name);
            return json(api.get("api/v1/me", basic(member, DemoAccounts.PASSWORD))).getJsonObject("tenant").getString("id");
        });
    }

    private static void assertCode(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"));
    }
}
