package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Audit log page in headless Chromium, in Swedish (admin@contoso.se's language): the admin menu leads to
 * it, entries show with Swedish action names, and the action and target filters narrow the grid to one entry.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theAuditLogShowsAndFiltersEntriesInSwedish() throws InterruptedException {
        Api api = new Api(base);
        String admin = basic("admin@contoso.se", DemoAccounts.PASSWORD);
        String token = json(api.postJson("api/v1/tokens", admin, "{\"label\":\"granskning\"}")).getString("id");
        assertEquals(204, api.send(api.request("api/v1/tokens/" + token).header("Authorization", admin).DELETE()).statusCode());
        String issued = Texts.of("sv-SE", "auditAction.API_TOKEN_ISSUED");
        String revoked = Texts.of("sv-SE", "auditAction.API_TOKEN_REVOKED");

        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.awaitText(By.id("nav-admin"), Texts.of("sv-SE", "nav.auditLog"));
            browser.open(base + "admin/audit");
            browser.awaitText(By.id("audit-log-title"), Texts.of("sv-SE", "auditLog.title"));
            browser.awaitText(By.id("audit-log-grid"), revoked);
            browser.screenshot("audit-log-sv-SE");

            browser.type("audit-log-target", token);
            browser.until(d -> browser.gridCells().contains(issued) && browser.gridCells().contains(revoked)
                    && browser.gridCells().stream().filter(cell -> cell.equals(token)).count() == 2);
            WebElement action = browser.await(By.cssSelector("#audit-log-action input"));
            action.sendKeys(revoked);
            browser.await(By.cssSelector("vaadin-combo-box-item[focused]")); // the matching action, ready to choose
            action.sendKeys(Keys.ENTER);
            browser.until(d -> !browser.gridCells().contains(issued));
            assertTrue(browser.gridCells().contains(revoked), browser.gridCells()::toString);
            assertTrue(browser.gridCells().contains(token), browser.gridCells()::toString);
            assertFalse(browser.gridCells().contains(issued));
            browser.screenshot("audit-log-filtered-sv-SE");
        }
    }
}
