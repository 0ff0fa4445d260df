package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audit entries are append-only (issue 7): the REST API offers nothing but GET on the audit log and the events
 * feed, as its OpenAPI document declares and as the server answers (405 to every other method, even from a
 * Global admin). The audit module's own unit test (AppendOnlyTest) holds its code to the same: no update,
 * no delete, no setter.
 */
@ExtendWith(ArquillianExtension.class)
class AuditImmutabilityIT {

    private static final String ADMIN = basic("admin@contoso.se", DemoAccounts.PASSWORD);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theOpenApiDocumentListsOnlyReadsOnAuditPaths() {
        Api api = new Api(base);
        JsonObject paths = json(api.send(api.request("openapi?format=JSON").header("Accept", "application/json")))
                .getJsonObject("paths");
        Map<String, List<String>> operations = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.contains("/tenant/audit") || path.contains("/v1/events")) {
                operations.put(path, item.asJsonObject().keySet().stream()
                        .filter(key -> List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(key))
                        .sorted().toList());
            }
        });
        assertEquals(Map.of("/api/v1/events", List.of("get"), "/api/v1/tenant/audit", List.of("get"),
                "/api/v1/tenant/audit/export", List.of("get")), operations);
    }

    @Test
    void everyOtherMethodIsNotAllowed() {
        Api api = new Api(base);
        for (String path : List.of("api/v1/tenant/audit", "api/v1/tenant/audit/export", "api/v1/events")) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                HttpResponse<String> response = api.send(api.request(path).header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"action\":\"SIGN_IN\"}")));
                assertEquals(405, response.statusCode(), method + " " + path + ": " + response.body());
            }
        }
    }
}
