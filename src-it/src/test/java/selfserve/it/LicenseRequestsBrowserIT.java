package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * admin@contoso.se approves the demo's pending license request on the License requests page: erik
 * asked for Microsoft 365 Copilot for himself and karin; both get a license of Contoso's central Copilot
 * subscription, and erik sees the request completed. A member asks for a license on the Products page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LicenseRequestsBrowserIT {

    private static final String SV = "sv-SE";
    private static final String COPILOT = "CFQ7TTC0MM8R";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    void anAdminApprovesEriksDemoRequest() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.open(base + "admin/license-requests");
            browser.awaitText(By.id("requests-title"), Texts.of(SV, "licenseRequests.title"));
            browser.await(By.id("request-flow"));

            browser.click(cell("erik@contoso.se"));
            browser.await(By.id("request-subscription"));
            browser.await(By.id("request-person-karin-contoso-se"));
            browser.screenshot("license-request-pending-sv-SE");
            browser.click(By.id("request-approve-all"));

            browser.awaitText(By.id("request-decided"), "Sofia Lund");
            browser.screenshot("license-request-approved-sv-SE");
        }
        Api api = new Api(base);
        JsonObject eriks = array(api.get("api/v1/license-requests", basic("erik@contoso.se", DemoAccounts.PASSWORD)))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("productId").equals(COPILOT))
                .findFirst().orElseThrow();
        assertEquals("COMPLETED", eriks.getString("status"));
        assertEquals(Map.of("erik@contoso.se", "APPROVED", "karin@contoso.se", "APPROVED"),
                eriks.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.toMap(p -> p.getString("email"), p -> p.getString("outcome"))));
    }

    @Test
    @Order(2)
    void aMemberAsksForALicenseOnTheProductsPage() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "erik@contoso.se");
            browser.open(base + "products");
            browser.click(By.id("request-" + COPILOT));
            browser.await(By.id("request-dialog"));
            browser.await(By.cssSelector("#request-note textarea")).sendKeys("For the new sales starters");
            browser.screenshot("license-request-dialog-sv-SE");
            browser.click(By.id("request-send"));

            browser.awaitGone(By.id("request-dialog"));
            browser.until(d -> browser.gridCells().contains(Texts.of(SV, "licenseRequests.status.PENDING")));
        }
        Api api = new Api(base);
        assertTrue(array(api.get("api/v1/license-requests", basic("erik@contoso.se", DemoAccounts.PASSWORD)))
                .getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("status").equals("PENDING")
                        && r.getString("note").equals("For the new sales starters")));
    }

    /** A grid cell whose text contains this text. */
    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(normalize-space(), '" + text + "')]");
    }
}
