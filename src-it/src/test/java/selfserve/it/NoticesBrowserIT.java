package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static selfserve.it.Api.basic;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The bell in headless Chromium: a purchaser's receipt shows as an unread notice in their language, the
 * bell counts it, marking all read empties the count; the tenant's Global admin sees the notice's mail
 * on Notification delivery.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesBrowserIT {

    private static final String POWER_APPS = "CFQ7TTC0LH2H";
    private static final By BELL_COUNT = By.id("notice-bell-count");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theBellCountsUnreadNoticesAndTheListMarksThemRead() {
        String product = erikBuys();
        String receipt = Texts.of("sv-SE", "notice.PURCHASE_RECEIPT.subject", product);
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "erik@contoso.se");
            browser.await(BELL_COUNT);
            browser.screenshot("notices-bell-sv-SE");
            browser.click(By.id("notice-bell"));
            browser.awaitText(By.id("notices-title"), Texts.of("sv-SE", "notices.title"));
            browser.awaitText(By.id("notices-grid"), receipt);
            browser.screenshot("notices-list-sv-SE");

            browser.click(By.id("notices-mark-all"));
            browser.awaitGone(BELL_COUNT);
            browser.click(By.cssSelector("#notices-unread-only label"));
            browser.awaitText(By.id("notices-empty"), Texts.of("sv-SE", "notices.emptyUnread"));
        }
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.open(base + "admin/notices");
            browser.awaitText(By.id("admin-notices-title"), Texts.of("sv-SE", "adminNotices.title"));
            browser.awaitText(By.id("admin-notices-grid"), receipt);
            browser.screenshot("admin-notices-sv-SE");
        }
    }

    /** Erik buys, so that a receipt is among his notices whatever other tests did. */
    private String erikBuys() {
        Api api = new Api(base);
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + POWER_APPS)
                .header("Authorization", basic("admin@contoso.se", DemoAccounts.PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases")
                .header("Authorization", basic("erik@contoso.se", DemoAccounts.PASSWORD))
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + POWER_APPS + "\",\"quantity\":1,"
                        + "\"term\":\"MONTHLY\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Erik Johansson\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("productName");
    }
}
