package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * "Purchase services" and the admin subscription details in headless Chromium: an admin buys a
 * central subscription for the organization, confirms, gets the receipt, opens the subscription and finds
 * its order history; a Global reader has no such page; a trial without payment method shows when it ends.
 */
@ExtendWith(ArquillianExtension.class)
class PurchaseServicesBrowserIT {

    private static final By TITLE = By.id("purchase-services-title");
    private static final String TEAMS_EXPLORATORY = "CFQ7TTC0J1FV";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdminBuysCentrallyConfirmsAndFindsTheOrderHistory() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@northwind.com");
            browser.open(base + "admin/purchase-services");
            browser.awaitText(TITLE, Texts.of("en", "purchaseServices.title"));
            browser.await(By.xpath("//*[@id='nav-admin']//vaadin-side-nav-item[contains(normalize-space(.), '"
                    + Texts.of("en", "nav.purchaseServices") + "')]"));
            browser.until(d -> !d.findElement(By.id("purchase-services-price")).getText().isBlank());
            browser.type("purchase-services-quantity", "4");
            browser.until(d -> d.findElement(By.id("purchase-services-total")).getText().contains("Northwind Traders"));
            browser.screenshot("purchase-services-form");

            browser.click(By.id("purchase-services-buy"));
            browser.await(By.id("purchase-services-confirm"));
            browser.click(By.cssSelector("#purchase-services-confirm vaadin-button[slot=confirm-button]"));
            browser.awaitText(By.id("purchase-services-receipt-title"), Texts.of("en", "purchaseServices.receipt.title"));
            browser.awaitText(By.id("purchase-services-receipt"), Texts.of("en", "purchaseServices.receipt.invoiced"));
            browser.screenshot("purchase-services-receipt");

            browser.click(By.id("purchase-services-open"));
            browser.await(By.id("admin-subscription-title"));
            browser.awaitText(By.id("admin-subscription-payment"), Texts.of("en", "adminSubscription.payment.invoice"));
            browser.awaitText(By.id("admin-subscription-quantity"), "4");
            untilCells(browser, cells -> cells.contains(Texts.of("en", "history.kind.PURCHASED")));
            browser.await(By.id("admin-subscription-actions"));
            browser.screenshot("admin-subscription-central");
        }
    }

    @Test
    void anAdminOpensASelfServicePurchaseFromTheListWithItsPurchaserAndCard() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.open(base + "admin/purchases");
            browser.await(By.id("admin-purchases-grid"));
            browser.await(By.id("admin-purchases-buy"));
            untilCells(browser, cells -> cells.stream().anyMatch(cell -> cell.contains("anna@contoso.se")));
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'anna@contoso.se')]"));

            browser.await(By.id("admin-subscription-title"));
            browser.until(d -> d.findElement(By.id("admin-subscription-purchaser")).getText().contains("anna@contoso.se"));
            browser.until(d -> d.findElement(By.id("admin-subscription-payment")).getText().contains("4242"));
            untilCells(browser, cells -> cells.contains(Texts.of("sv-SE", "history.kind.PURCHASED")));
            assertTrue(browser.driver().findElements(By.id("admin-subscription-actions")).isEmpty(),
                    "a self-service purchase is not changed here");
            browser.screenshot("admin-subscription-self-service-sv-SE");
        }
    }

    @Test
    void aGlobalReaderHasNoPurchaseServices() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "reader@contoso.se");
            browser.open(base + "admin/purchase-services");

            browser.awaitText(By.tagName("h2"), Texts.of("sv-SE", "error.notFound.title"));
            assertTrue(browser.driver().findElements(TITLE).isEmpty(), "no purchase page for a reader");
        }
    }

    @Test
    void aTrialWithoutPaymentMethodShowsWhenItEnds() {
        // Its own trial: tests that move the clock end the demo's (erik's) before this one may run.
        Api api = new Api(base);
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + TEAMS_EXPLORATORY)
                .header("Authorization", Api.basic("admin@contoso.se", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
        HttpResponse<String> trial = api.send(api.request("api/v1/trials")
                .header("Authorization", Api.basic("karin@contoso.se", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json").header("Idempotency-Key", "it-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + TEAMS_EXPLORATORY + "\"}")));
        assertEquals(201, trial.statusCode(), trial.body());
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "karin@contoso.se");
            browser.open(base + "your-products");
            browser.await(By.id("your-products-grid"));
            // In karin's saved language, which other tests may change.
            List<String> ends = Stream.of("en", "sv-SE", "zh-CN", "zh-TW")
                    .map(language -> Texts.of(language, "yourProducts.endsOn", "").strip()).toList();
            untilCells(browser, cells -> cells.stream().anyMatch(cell -> ends.stream().anyMatch(cell::startsWith)));
            browser.screenshot("your-products-trial-ends");
        }
    }

    /** Waits until the grid cells fit; a cell the grid re-renders while it is read is read again. */
    private static void untilCells(Browser browser, java.util.function.Predicate<List<String>> condition) {
        browser.until(d -> {
            try {
                return condition.test(browser.gridCells());
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }
}
