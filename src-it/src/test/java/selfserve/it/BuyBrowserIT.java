package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Year;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Buying by self-service and "Your products", in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class BuyBrowserIT {

    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String TEST_CARD = "4242 4242 4242 4242";
    /** The test gateway declines this card for insufficient funds. */
    private static final String DECLINED_CARD = "4000 0000 0000 9995";
    private static final By CONFIRM = By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void someoneNotSignedInSignsInOnTheWayBuysAndFindsTheSubscriptionInYourProducts() {
        try (Browser browser = new Browser("en-US")) {
            browser.open(base + "buy/" + POWER_BI_PRO);
            browser.type("buy-email", "sam@northwind.com");
            browser.click(By.id("buy-continue"));

            browser.await(By.cssSelector("vaadin-login-form"));
            browser.submitSignIn("sam@northwind.com", DemoAccounts.PASSWORD);
            browser.awaitText(By.id("buy-title"), Texts.of("en", "buy.title", "Power BI Pro"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("buy/" + POWER_BI_PRO), browser.driver().getCurrentUrl());

            browser.type("buy-quantity", "3");
            browser.chooseRadio("buy-term", Texts.of("en", "term.MONTHLY"));
            payWithNewCard(browser, TEST_CARD);
            browser.screenshot("buy-form-sam");

            browser.click(By.id("buy-submit"));
            browser.await(By.id("buy-confirm"));
            browser.until(d -> confirmText(browser).contains(Texts.of("en", "buy.card.newEnding", "4242")));
            assertTrue(confirmText(browser).contains("Power BI Pro"), confirmText(browser));
            browser.screenshot("buy-confirm-sam");
            browser.click(CONFIRM);

            browser.awaitText(By.id("buy-receipt"), Texts.of("en", "buy.receipt.title"));
            String receipt = browser.await(By.id("buy-receipt")).getText();
            assertTrue(receipt.contains("Power BI Pro"), receipt);
            assertTrue(receipt.contains("4242"), receipt);
            browser.screenshot("buy-receipt-sam");

            browser.click(By.id("buy-your-products"));
            browser.awaitText(By.id("your-products-title"), Texts.of("en", "yourProducts.title"));
            browser.until(d -> rows(browser, "your-products-grid").stream()
                    .anyMatch(row -> row.contains("Power BI Pro") && row.contains("3")));
            browser.screenshot("your-products-sam");
        }
    }

    @Test
    void anEmailOfNoOrganizationIsToldSo() {
        try (Browser browser = new Browser("en-US")) {
            browser.open(base + "buy/" + POWER_BI_PRO);
            browser.type("buy-email", "nobody@example.com");
            browser.click(By.id("buy-continue"));

            browser.awaitText(By.id("buy-unknown-email"), Texts.of("en", "buy.email.unknown"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("buy/" + POWER_BI_PRO), browser.driver().getCurrentUrl());
            browser.screenshot("buy-unknown-email");
        }
    }

    @Test
    void aDeclinedCardIsExplainedAndBuysNothing() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "sam@northwind.com");
            int before = yourProducts(browser).size();

            browser.open(base + "products");
            browser.click(By.id("buy-" + POWER_BI_PRO));
            browser.awaitText(By.id("buy-title"), Texts.of("en", "buy.title", "Power BI Pro"));
            browser.type("buy-quantity", "2");
            browser.chooseRadio("buy-term", Texts.of("en", "term.MONTHLY"));
            payWithNewCard(browser, DECLINED_CARD);
            browser.click(By.id("buy-submit"));
            browser.await(By.id("buy-confirm"));
            browser.click(CONFIRM);

            browser.awaitText(By.id("buy-error"), Texts.of("en", "payment.decline.INSUFFICIENT_FUNDS"));
            assertTrue(browser.driver().findElements(By.id("buy-receipt")).isEmpty(), "no receipt");
            assertEquals("", browser.await(By.cssSelector("#card-number input")).getDomProperty("value"),
                    "the card number is not kept after the call");
            assertEquals("", browser.await(By.cssSelector("#card-security-code input")).getDomProperty("value"),
                    "the security code is not kept after the call");
            browser.screenshot("buy-declined-sam");

            assertEquals(before, yourProducts(browser).size());
        }
    }

    @Test
    void aPersonWhoMayNotBuySeesWhyOnTheBuyPage() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "priya@contoso.in");
            browser.open(base + "buy/" + POWER_BI_PRO);

            browser.awaitText(By.id("buy-refused"), Texts.of("en", "eligibility.COUNTRY_NOT_SUPPORTED"));
            assertTrue(browser.driver().findElements(By.id("buy-submit")).isEmpty(), "no form to buy with");
            browser.screenshot("buy-refused-priya");
        }
    }

    /** Fills the new card's fields with a card valid until December two years from now. */
    private static void payWithNewCard(Browser browser, String number) {
        browser.chooseRadio("buy-payment-choice", Texts.of("en", "buy.payment.newCard"));
        browser.type("card-number", number);
        browser.type("card-expiry-month", "12");
        browser.type("card-expiry-year", String.valueOf(Year.now().getValue() + 2));
        browser.type("card-security-code", "123");
        browser.type("card-name", "Sam Carter");
        browser.type("card-address", "1 Main St");
        browser.type("card-city", "Seattle");
        browser.type("card-postal-code", "98101");
        browser.type("card-country", "US");
    }

    /** What the confirmation dialog says, wherever the browser renders its content. */
    private static String confirmText(Browser browser) {
        return String.valueOf(browser.driver().executeScript("const dialog = document.getElementById('buy-confirm');"
                + "return (dialog ? dialog.textContent : '') + ' ' + document.body.innerText;"));
    }

    /** The rows of "Your products", each as its cells' texts; none when the page says there are none. */
    private List<List<String>> yourProducts(Browser browser) {
        browser.open(base + "your-products");
        browser.awaitText(By.id("your-products-title"), Texts.of("en", "yourProducts.title"));
        if (!browser.driver().findElements(By.id("your-products-empty")).isEmpty()) {
            return List.of();
        }
        browser.until(d -> !rows(browser, "your-products-grid").isEmpty());
        return rows(browser, "your-products-grid");
    }

    /**
     * The body rows a grid shows, each as the texts of its cells in column order; empty while the grid is
     * not on the page or still loading its items.
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Browser browser, String gridId) {
        Object rows = browser.driver().executeScript("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || !grid.shadowRoot) { return []; }
                const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr')).filter(row => !row.hidden);
                if (rows.some(row => row.hasAttribute('loading'))) { return []; }
                return rows.map(row => Array.from(row.querySelectorAll('td')).map(cell => {
                        const slot = cell.querySelector('slot');
                        const content = slot ? slot.assignedElements() : [cell];
                        return content.map(element => element.textContent.trim()).join(' ');
                    }))
                    .filter(cells => cells.some(text => text.length > 0));
                """, gridId);
        return ((List<List<Object>>) rows).stream().map(row -> row.stream().map(String::valueOf).toList()).toList();
    }

    @Test
    void aPersonStartsAFreeTrialFromProducts() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "sam@northwind.com");
            browser.open(base + "products");

            browser.click(By.id("trial-CFQ7TTC0HD33"));
            browser.awaitText(By.cssSelector("vaadin-notification-card"),
                    Texts.of("en", "products.trialStarted", "Visio Plan 1", 25));
            browser.await(By.id("your-products-grid"));
            browser.until(d -> browser.gridCells().contains("Visio Plan 1")
                    && browser.gridCells().contains(Texts.of("en", "subscription.status.TRIAL")));
            browser.screenshot("trial-started-sam");
        }
    }
}
