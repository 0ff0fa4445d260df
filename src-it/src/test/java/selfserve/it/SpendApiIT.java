package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may read a tenant's spend and utilization figures over REST: its Global admins, Billing admins and Global
 * readers, and partners it delegated to; anyone else is refused in their own tenant and told another does not
 * exist. The figures themselves are checked against the invoices in {@link SpendReportIT}.
 */
@ExtendWith(ArquillianExtension.class)
class SpendApiIT {

    private static final String SPEND = "api/v1/tenant/spend";

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

    @ParameterizedTest(name = "{0} reads {1}: {2} {3}")
    @CsvSource({
            "admin@contoso.se,            own,           200, ",
            "billing@contoso.se,          own,           200, ",
            "reader@contoso.se,           own,           200, ",
            "agent@fabrikam-partners.com, Contoso AB,    200, ",
            "licenses@contoso.se,         own,           403, FORBIDDEN",
            "anna@contoso.se,             own,           403, FORBIDDEN",
            "agent@fabrikam-partners.com, own,           403, FORBIDDEN",
            "admin@northwind.com,         Contoso AB,    404, TENANT_NOT_FOUND",
            "agent@fabrikam-partners.com, Contoso China, 404, TENANT_NOT_FOUND"})
    void whoMayReadWhichOrganizationsFigures(String caller, String tenant, int status, String code) {
        String query = "own".equals(tenant) ? "" : "?tenantId=" + tenantId(tenant);
        HttpResponse<String> response = api.get(SPEND + query, basic(caller, DemoAccounts.PASSWORD));

        assertEquals(status, response.statusCode(), caller + ": " + response.body());
        if (code != null) {
            assertEquals(code, json(response).getString("code"), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } else {
            JsonObject figures = json(response);
            assertEquals("SEK", figures.getString("currency"), "Contoso AB's figures: " + figures);
            assertEquals(12, figures.getJsonArray("months").size());
        }
    }

    @Test
    void aPartnerSeesTheCustomersFiguresAsItsAdminsDo() {
        String contoso = tenantId("Contoso AB");
        JsonObject admin = json(api.get(SPEND, basic("admin@contoso.se", DemoAccounts.PASSWORD)));
        JsonObject partner = json(api.get(SPEND + "?tenantId=" + contoso, basic("agent@fabrikam-partners.com",
                DemoAccounts.PASSWORD)));

        for (String figure : new String[] {"currency", "from", "to", "months", "products", "seats", "topPurchasers"}) {
            assertEquals(admin.get(figure), partner.get(figure), figure);
        }
        assertTrue(admin.getJsonArray("products").size() > 0, "the demo data's purchases: " + admin);
    }

    @Test
    void theOpenApiDocumentDescribesTheFigures() {
        HttpResponse<String> document = api.get("openapi?format=JSON", basic("reader@contoso.se", DemoAccounts.PASSWORD));

        assertEquals(200, document.statusCode());
        JsonObject operation = json(document).getJsonObject("paths").getJsonObject("/api/v1/tenant/spend").getJsonObject("get");
        assertTrue(operation.getJsonObject("responses").containsKey("403"), operation::toString);
        assertTrue(operation.getJsonObject("responses").containsKey("404"), operation::toString);
        assertTrue(json(document).getJsonObject("components").getJsonObject("schemas").containsKey("Spend"));
    }

    private String tenantId(String name) {
        String member = "Contoso AB".equals(name) ? "anna@contoso.se" : "li.wei@contoso.cn";
        return json(api.get("api/v1/me", basic(member, DemoAccounts.PASSWORD))).getJsonObject("tenant").getString("id");
    }
}
