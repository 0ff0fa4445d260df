package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/me}, API tokens and the error answers, called from outside as a program would. */
@ExtendWith(ArquillianExtension.class)
class MeApiIT {

    private static final String ANNA = basic("anna@contoso.se", DemoAccounts.PASSWORD);

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
    void answersTheCallerWithTenantRolesAndLanguage() {
        HttpResponse<String> response = api.get("api/v1/me", basic("admin@contoso.se", DemoAccounts.PASSWORD));

        assertEquals(200, response.statusCode());
        JsonObject me = json(response);
        assertEquals("admin@contoso.se", me.getString("email"));
        assertEquals("Sofia Lund", me.getString("displayName"));
        assertEquals("Contoso AB", me.getJsonObject("tenant").getString("name"));
        assertEquals(List.of("GLOBAL_ADMIN"), strings(me, "roles"));
        assertEquals("sv-SE", me.getString("locale"));
        assertEquals(List.of(), strings(me, "delegatedTenants"));
        assertEquals(36, me.getString("id").length());
    }

    @Test
    void aPartnerSeesTheTenantsTheyAdminister() {
        JsonObject me = json(api.get("api/v1/me", basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD)));

        assertEquals("Fabrikam Partners", me.getJsonObject("tenant").getString("name"));
        assertEquals(List.of("Contoso AB", "Northwind Traders"), me.getJsonArray("delegatedTenants").stream()
                .map(t -> t.asJsonObject().getString("name")).toList());
    }

    @Test
    void aTokenWorksUntilItIsRevoked() {
        HttpResponse<String> issued = api.postJson("api/v1/tokens", ANNA, "{\"label\":\"nightly export\",\"validityDays\":7}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject token = json(issued);
        assertTrue(token.getString("token").startsWith("sst_"));
        assertTrue(issued.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/tokens/" + token.getString("id")));

        HttpResponse<String> me = api.get("api/v1/me", bearer(token.getString("token")));
        assertEquals(200, me.statusCode());
        assertEquals("anna@contoso.se", json(me).getString("email"));

        HttpResponse<String> listed = api.get("api/v1/tokens", ANNA);
        assertTrue(listed.body().contains(token.getString("id")));
        assertFalse(listed.body().contains(token.getString("token")), "a listed token never shows its secret");

        HttpResponse<String> revoked = api.send(api.request("api/v1/tokens/" + token.getString("id"))
                .header("Authorization", ANNA).DELETE());
        assertEquals(204, revoked.statusCode());
        assertProblem(api.get("api/v1/me", bearer(token.getString("token"))), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void nobodyRevokesAnotherUsersToken() {
        String id = json(api.postJson("api/v1/tokens", ANNA, "{\"label\":\"mine\"}")).getString("id");

        HttpResponse<String> response = api.send(api.request("api/v1/tokens/" + id)
                .header("Authorization", basic("erik@contoso.se", DemoAccounts.PASSWORD)).DELETE());

        assertProblem(response, 404, "TOKEN_NOT_FOUND");
    }

    @Test
    void withoutCredentialsTheAnswerIsAProblemWithAChallenge() {
        HttpResponse<String> response = api.send(api.request("api/v1/me").header("X-Correlation-Id", "it-anonymous-7").GET());

        assertProblem(response, 401, "UNAUTHENTICATED");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().contains("Bearer"));
        assertEquals("it-anonymous-7", json(response).getString("correlationId"));
    }

    @Test
    void wrongPasswordDisabledUserAndForgedTokenAreRefused() {
        assertProblem(api.get("api/v1/me", basic("anna@contoso.se", "wrong")), 401, "INVALID_CREDENTIALS");
        assertProblem(api.get("api/v1/me", basic("olof@contoso.se", DemoAccounts.PASSWORD)), 401, "INVALID_CREDENTIALS");
        assertProblem(api.get("api/v1/me", bearer("sst_forged")), 401, "INVALID_CREDENTIALS");
    }

    @Test
    void theTitleIsInTheCallersLanguage() {
        for (String tag : List.of("zh-CN", "zh-TW", "sv-SE", "en")) {
            HttpResponse<String> response = api.send(api.request("api/v1/nothing-here")
                    .header("Authorization", ANNA).header("Accept-Language", tag).GET());

            assertProblem(response, 404, "RESOURCE_NOT_FOUND");
            assertEquals(Texts.of(tag, "problem.RESOURCE_NOT_FOUND.title"), json(response).getString("title"), tag);
        }
    }

    @Test
    void withoutAcceptLanguageTheTitleIsInTheUsersSavedLanguage() {
        HttpResponse<String> response = api.get("api/v1/nothing-here", basic("li.wei@contoso.cn", DemoAccounts.PASSWORD));

        assertEquals(Texts.of("zh-CN", "problem.RESOURCE_NOT_FOUND.title"), json(response).getString("title"));
    }

    @Test
    void badInputIsRefusedCleanly() {
        assertProblem(api.postJson("api/v1/tokens", ANNA, "{not json"), 400, "MALFORMED_JSON");
        assertProblem(api.postJson("api/v1/tokens", ANNA, "{\"label\":\"x\",\"validityDays\":\"soon\"}"), 400, "MALFORMED_JSON");
        assertProblem(api.postJson("api/v1/tokens", ANNA, "{\"validityDays\":3}"), 400, "INVALID_INPUT");
        assertProblem(api.postJson("api/v1/tokens", ANNA, "{\"label\":\"x\",\"validityDays\":1000}"), 400, "INVALID_INPUT");
        assertProblem(api.send(api.request("api/v1/tokens/not-a-uuid").header("Authorization", ANNA).DELETE()),
                404, "RESOURCE_NOT_FOUND");
        assertProblem(api.send(api.request("api/v1/me").header("Authorization", ANNA).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\":\"fr-FR\"}"))), 400, "UNSUPPORTED_LOCALE");
        assertProblem(api.send(api.request("api/v1/me").header("Authorization", ANNA)
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))), 405, "METHOD_NOT_ALLOWED");
        assertProblem(api.send(api.request("api/v1/tokens").header("Authorization", ANNA).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<token/>"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theCallersCorrelationIdComesBack() {
        HttpResponse<String> response = api.send(api.request("api/v1/nothing-here")
                .header("Authorization", ANNA).header("X-Correlation-Id", "it-trace-42").GET());

        assertEquals("it-trace-42", response.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertEquals("it-trace-42", json(response).getString("correlationId"));
    }

    @Test
    void theOpenApiDocumentAndHealthAnswer() {
        HttpResponse<String> openapi = api.send(api.request("openapi").GET());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/me"));
        assertTrue(openapi.body().contains("/api/v1/tokens"));

        assertEquals(200, api.send(api.request("openapi/ui/").GET()).statusCode());

        HttpResponse<String> health = api.send(api.request("health").GET());
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).getString("status"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> "content type of " + response.body());
        JsonObject problem = json(response);
        assertEquals(code, problem.getString("code"));
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(response.body().contains("Exception") || response.body().contains("at selfserve."),
                () -> "no stack trace: " + response.body());
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
    }
}
