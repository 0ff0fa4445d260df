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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tenant's purchases for its admins, over REST: what they show, and who sees them where. */
@ExtendWith(ArquillianExtension.class)
class TenantPurchasesApiIT {

    private static final String PATH = "api/v1/tenant/subscriptions";

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
    void anAdminSeesSelfServiceAndCentralPurchasesWithTheirPurchasers() {
        List<JsonObject> all = list(api.get(PATH, basic("admin@contoso.se", DemoAccounts.PASSWORD)).body());

        assertTrue(all.stream().anyMatch(s -> "anna@contoso.se".equals(s.getString("purchaserEmail", null))
                && s.getString("productId").equals("CFQ7TTC0H9MP") && s.getInt("quantity") == 10
                && s.getString("channel").equals("SELF_SERVICE")), all::toString);
        assertTrue(all.stream().anyMatch(s -> s.getString("channel").equals("CENTRAL") && s.getInt("quantity") == 50
                && !s.containsKey("purchaserEmail")), all::toString);

        List<JsonObject> central = list(api.get(PATH + "?includeSelfService=false",
                basic("admin@contoso.se", DemoAccounts.PASSWORD)).body());
        assertFalse(central.isEmpty());
        assertTrue(central.stream().allMatch(s -> s.getString("channel").equals("CENTRAL")), central::toString);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "admin@contoso.se,            own,           200",
            "billing@contoso.se,          own,           200",
            "reader@contoso.se,           own,           200",
            "licenses@contoso.se,         own,           403",
            "anna@contoso.se,             own,           403",
            "admin@northwind.com,         Contoso AB,    404",
            "agent@fabrikam-partners.com, Contoso AB,    200",
            "agent@fabrikam-partners.com, Contoso China, 404"})
    void whoSeesWhichTenantsPurchases(String caller, String tenant, int status) {
        String query = "own".equals(tenant) ? "" : "?tenantId=" + tenantId(tenant);

        assertEquals(status, api.get(PATH + query, basic(caller, DemoAccounts.PASSWORD)).statusCode(), caller);
    }

    @Test
    void anotherTenantsAdminNeverSeesContosoPurchases() {
        String body = api.get(PATH, basic("admin@northwind.com", DemoAccounts.PASSWORD)).body();

        assertFalse(body.contains("anna@contoso.se"), body);
    }

    private String tenantId(String name) {
        String member = "Contoso AB".equals(name) ? "anna@contoso.se" : "li.wei@contoso.cn";
        return json(api.get("api/v1/me", basic(member, DemoAccounts.PASSWORD))).getJsonObject("tenant").getString("id");
    }

    private static List<JsonObject> list(String body) {
        return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
    }
}
