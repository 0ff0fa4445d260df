package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * admin@contoso.se takes anna@contoso.se's Visio Plan 2 over in the licenses view: Anna's two
 * users move to Contoso's central Visio Plan 2 (demo data: 5 licenses, none assigned), and her purchase
 * leaves the view and shows as Deleted among the organization's purchases.
 */
@ExtendWith(ArquillianExtension.class)
class TakeOverBrowserIT {

    private static final String SV = "sv-SE";
    private static final String VISIO = "Visio Plan 2";
    private static final String VISIO_ID = "CFQ7TTC0HD32";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdminMovesAnnasVisioUsersToTheCentralSubscription() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.open(base + "admin/licenses");
            browser.awaitText(By.id("licenses-title"), Texts.of(SV, "licensesView.title"));

            String annasVisio = annasDemoVisio();
            By annas = By.cssSelector("span[data-subscription='" + annasVisio + "']");
            browser.click(cell(VISIO));
            browser.click(annas);
            browser.awaitText(By.id("licenses-read-only"), Texts.of(SV, "licenses.readOnly.purchasedByUser"));
            browser.until(d -> browser.gridCells().contains("erik@contoso.se"));
            browser.screenshot("take-over-before-sv-SE");

            browser.click(By.id("licenses-take-over"));
            browser.await(By.id("take-over-dialog"));
            browser.click(By.id("take-over-target"));
            String central = Texts.of(SV, "licenses.export.central");
            browser.click(By.xpath("//vaadin-select-item[starts-with(normalize-space(), '" + central + "')]"));
            browser.screenshot("take-over-dialog-sv-SE");
            browser.click(By.id("take-over-confirm"));

            browser.awaitGone(By.id("take-over-dialog"));
            // The grid keeps the cells of a row it no longer shows, so the outcome is asked of the API.
            browser.until(d -> "DELETED".equals(status(annasVisio)));
            browser.click(cell(central));
            browser.until(d -> browser.gridCellContents().contains("erik@contoso.se")
                    && browser.gridCellContents().contains("anna@contoso.se"));
            browser.screenshot("take-over-after-sv-SE");

            browser.open(base + "admin/purchases");
            String deleted = Texts.of(SV, "subscription.status.DELETED");
            browser.until(d -> browser.gridCells().contains(deleted));
            assertTrue(browser.gridCells().contains(VISIO), browser.gridCells()::toString);
        }
    }

    /** Anna's Visio Plan 2 of the demo data (3 licenses, 2 assigned): other tests may buy her another one. */
    private String annasDemoVisio() {
        Api api = new Api(base);
        return Api.array(api.get("api/v1/tenant/licenses/" + VISIO_ID + "/subscriptions",
                        Api.basic("admin@contoso.se", DemoAccounts.PASSWORD))).getValuesAs(JsonObject.class).stream()
                .filter(s -> "anna@contoso.se".equals(s.getString("purchaserEmail", null)) && s.getInt("seats") == 3)
                .map(s -> s.getString("subscriptionId")).findFirst().orElseThrow();
    }

    private String status(String subscription) {
        HttpResponse<String> details = new Api(base).get("api/v1/tenant/subscriptions/" + subscription,
                Api.basic("admin@contoso.se", DemoAccounts.PASSWORD));
        return Api.json(details).getJsonObject("subscription").getString("status");
    }

    /** A grid cell whose text contains this text. */
    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(normalize-space(), '" + text + "')]");
    }
}
