package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log over REST (issue 7): Contoso Taiwan's admin issues and revokes a token and changes a policy
 * back and forth; the log finds exactly those by actor, action, product, target and time range, newest first,
 * pages by cursor without repeats or gaps, exports the same as CSV, names actions in the caller's language and
 * refuses everyone but Global admins, Global readers and delegated partners.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogApiIT {

    private static final String AUDIT = "api/v1/tenant/audit";
    private static final String TW_ADMIN_EMAIL = "admin@contoso.tw";
    private static final String TW_ADMIN = basic(TW_ADMIN_EMAIL, DemoAccounts.PASSWORD);
    private static final String VISIO_PLAN_2 = "CFQ7TTC0HD32";
    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase/products/" + VISIO_PLAN_2;

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

    /** What the admin did, newest first, as the log must show it: revoke, policy back, policy, issue. */
    private record Done(String token, List<JsonObject> entries) {
    }

    private Done adminActs() {
        String token = json(expect(201, api.postJson("api/v1/tokens", TW_ADMIN, "{\"label\":\"audit log\"}"))).getString("id");
        String before = json(api.get(POLICY, TW_ADMIN)).getString("policyValue");
        expect(200, put(POLICY, "{\"policyValue\":\"" + ("Disabled".equals(before) ? "Enabled" : "Disabled") + "\"}"));
        expect(200, put(POLICY, "{\"policyValue\":\"" + before + "\"}"));
        expect(204, api.send(api.request("api/v1/tokens/" + token).header("Authorization", TW_ADMIN).DELETE()));
        List<JsonObject> entries = entries(TW_ADMIN, "?actor=" + TW_ADMIN_EMAIL + "&limit=4");
        assertEquals(List.of("API_TOKEN_REVOKED", "POLICY_CHANGED", "POLICY_CHANGED", "API_TOKEN_ISSUED"),
                entries.stream().map(e -> e.getString("action")).toList(), "newest first");
        return new Done(token, entries);
    }

    @Test
    void filtersFindExactlyWhatWasDone() {
        Done done = adminActs();
        JsonObject issued = done.entries().get(3);
        JsonObject revoked = done.entries().getFirst();
        assertEquals(done.token(), issued.getString("target"));
        assertEquals(TW_ADMIN_EMAIL, issued.getString("actorName"));

        assertTrue(entries(TW_ADMIN, "?actor=ADMIN@CONTOSO&action=API_TOKEN_ISSUED&limit=500").stream()
                .allMatch(e -> e.getString("action").equals("API_TOKEN_ISSUED")
                        && e.getString("actorName").contains("admin@contoso")));
        assertEquals(List.of("API_TOKEN_REVOKED", "API_TOKEN_ISSUED"),
                entries(TW_ADMIN, "?target=" + done.token()).stream().map(e -> e.getString("action")).toList());
        assertEquals(List.of("API_TOKEN_REVOKED", "API_TOKEN_ISSUED"), entries(TW_ADMIN,
                "?action=API_TOKEN_ISSUED&action=api_token_revoked&target=" + done.token()).stream()
                .map(e -> e.getString("action")).toList());

        List<JsonObject> product = entries(TW_ADMIN, "?product=" + VISIO_PLAN_2 + "&limit=500");
        assertTrue(product.stream().map(e -> e.getString("id")).toList()
                .containsAll(List.of(done.entries().get(1).getString("id"), done.entries().get(2).getString("id"))));
        assertTrue(product.stream().noneMatch(e -> e.getString("action").startsWith("API_TOKEN")), product::toString);
        assertEquals(entries(TW_ADMIN, "?product=CFQ7TTC0KXN8&limit=500"), product, "the older id names the product too");

        String range = "?actor=" + TW_ADMIN_EMAIL + "&from=" + enc(issued.getString("occurredAt")) + "&to="
                + enc(revoked.getString("occurredAt"));
        assertEquals(List.of(done.entries().get(1), done.entries().get(2), issued).stream().map(e -> e.getString("id")).toList(),
                entries(TW_ADMIN, range).stream().map(e -> e.getString("id")).toList(), "from is inclusive, to exclusive");
        String day = Instant.parse(issued.getString("occurredAt")).toString().substring(0, 10);
        assertTrue(entries(TW_ADMIN, "?from=" + day + "&to=" + day + "&limit=500").stream()
                .anyMatch(e -> e.getString("id").equals(issued.getString("id"))), "a day as the end includes that day");
    }

    @Test
    void actionsAreNamedInTheCallersLanguage() {
        Done done = adminActs();
        HttpResponse<String> response = api.send(api.request(AUDIT + "?target=" + done.token()).header("Authorization", TW_ADMIN)
                .header("Accept-Language", "zh-TW"));
        assertEquals(List.of(Texts.of("zh-TW", "auditAction.API_TOKEN_REVOKED"), Texts.of("zh-TW", "auditAction.API_TOKEN_ISSUED")),
                json(response).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("actionName")).toList());
    }

    @Test
    void cursorPagesRepeatNothingAndMissNothing() {
        adminActs();
        adminActs();
        List<String> whole = entries(TW_ADMIN, "?actor=" + TW_ADMIN_EMAIL + "&limit=500").stream()
                .map(e -> e.getString("id")).toList();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json(expect(200, api.get(AUDIT + "?actor=" + TW_ADMIN_EMAIL + "&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor), TW_ADMIN)));
            page.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e -> paged.add(e.getString("id")));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            pages++;
        } while (cursor != null && pages < 200);
        assertEquals(whole, paged);
        assertEquals(Set.copyOf(paged).size(), paged.size());
        assertTrue(pages >= 3, "8 entries or more in pages of 3");
    }

    @Test
    void badFiltersAreRefusedClearly() {
        assertProblem(api.get(AUDIT + "?from=yesterday", TW_ADMIN), 400, "AUDIT_TIME_INVALID");
        assertProblem(api.get(AUDIT + "?from=2026-11-02&to=2026-11-01", TW_ADMIN), 400, "AUDIT_TIME_RANGE_INVALID");
        assertProblem(api.get(AUDIT + "?action=DROP_TABLE", TW_ADMIN), 400, "AUDIT_ACTION_UNKNOWN");
        assertProblem(api.get(AUDIT + "?cursor=not-a-cursor", TW_ADMIN), 400, "AUDIT_CURSOR_INVALID");
        assertProblem(api.get(AUDIT + "?limit=0", TW_ADMIN), 400, "PAGE_LIMIT_INVALID");
        assertProblem(api.get(AUDIT + "?limit=501", TW_ADMIN), 400, "PAGE_LIMIT_INVALID");
        assertProblem(api.get(AUDIT + "?product=NOPE", TW_ADMIN), 404, "PRODUCT_NOT_FOUND");
        HttpResponse<String> swedish = api.send(api.request(AUDIT + "?from=2026-11-02&to=2026-11-01")
                .header("Authorization", TW_ADMIN).header("Accept-Language", "sv-SE"));
        assertEquals(Texts.of("sv-SE", "problem.AUDIT_TIME_RANGE_INVALID.title"), json(swedish).getString("title"));
    }

    @Test
    void onlyGlobalAdminsReadersAndDelegatedPartnersRead() {
        String contosoAb = tenantOf(basic("anna@contoso.se", DemoAccounts.PASSWORD));
        String taiwan = tenantOf(TW_ADMIN);
        String agent = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
        for (String path : List.of(AUDIT, AUDIT + "/export", "api/v1/events")) {
            String query = path.contains("?") ? "&" : "?";
            assertEquals(200, api.get(path, TW_ADMIN).statusCode(), path);
            assertEquals(200, api.get(path, basic("reader@contoso.se", DemoAccounts.PASSWORD)).statusCode(), path);
            assertEquals(200, api.get(path + query + "tenantId=" + contosoAb, agent).statusCode(), path);
            for (String member : List.of("chen.mei@contoso.tw", "billing@contoso.se", "licenses@contoso.se")) {
                assertProblem(api.get(path, basic(member, DemoAccounts.PASSWORD)), 403, "FORBIDDEN");
            }
            assertProblem(api.get(path, agent), 403, "FORBIDDEN");
            assertProblem(api.get(path + query + "tenantId=" + contosoAb, TW_ADMIN), 404, "TENANT_NOT_FOUND");
            assertProblem(api.get(path + query + "tenantId=" + contosoAb, basic("chen.mei@contoso.tw", DemoAccounts.PASSWORD)),
                    404, "TENANT_NOT_FOUND");
            assertProblem(api.get(path + query + "tenantId=" + taiwan, agent), 404, "TENANT_NOT_FOUND");
            assertEquals(401, api.send(api.request(path)).statusCode(), path);
        }
        assertTrue(entries(basic("reader@contoso.se", DemoAccounts.PASSWORD), "?limit=500").stream()
                .allMatch(e -> !e.getString("actorName", "").endsWith("@contoso.tw")), "a tenant sees only its own entries");
    }

    @Test
    void theExportIsCsvWithABomLocalizedColumnsAndTheSameEntries() {
        Done done = adminActs();
        HttpResponse<String> csv = api.send(api.request(AUDIT + "/export?actor=" + TW_ADMIN_EMAIL)
                .header("Authorization", TW_ADMIN).header("Accept-Language", "sv-SE"));

        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("granskningslogg.csv"));
        String[] lines = csv.body().split("\r\n");
        String header = String.join(",", List.of("time", "actor", "partnerTenant", "action", "actionCode", "target",
                "product", "before", "after", "correlationId").stream().map(c -> Texts.of("sv-SE", "auditLog.export.column." + c)).toList());
        assertEquals("\uFEFF" + header, lines[0]);
        int total = entries(TW_ADMIN, "?actor=" + TW_ADMIN_EMAIL + "&limit=500").size();
        assertEquals(total + 1, lines.length, "a header and a row per entry");
        assertTrue(lines[1].contains("," + Texts.of("sv-SE", "auditAction.API_TOKEN_REVOKED") + ",API_TOKEN_REVOKED,"
                + done.token() + ","), lines[1]);
    }

    private List<JsonObject> entries(String authorization, String query) {
        HttpResponse<String> response = expect(200, api.get(AUDIT + query, authorization));
        return json(response).getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private String tenantOf(String authorization) {
        return json(api.get("api/v1/me", authorization)).getJsonObject("tenant").getString("id");
    }

    private HttpResponse<String> put(String path, String json) {
        return api.send(api.request(path).header("Authorization", TW_ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("code"), response.body());
        assertNotNull(json(response).getString("title"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
