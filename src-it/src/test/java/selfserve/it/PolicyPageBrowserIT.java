package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The admin page "Self-service trials and purchases" and the purchaser's Products page, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class PolicyPageBrowserIT {

    private static final String POLICY = "api/v1/policies/AllowSelfServicePurchase/products/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdminChangesAProductAfterConfirming() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@northwind.com");
            browser.open(base + "admin/self-service");
            browser.awaitText(By.id("policy-title"), Texts.of("en", "policy.title"));

            choose(browser, "policy-CFQ7TTC0HDB0", Texts.of("en", "policy.value.DISABLED"));
            WebElement dialog = browser.await(By.id("policy-confirm"));
            assertTrue(dialog.getText().contains("Project Plan 3") || browser.driver().getPageSource().contains("Project Plan 3"));
            browser.screenshot("policy-confirm");
            browser.await(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")).click();
            browser.awaitText(By.cssSelector("vaadin-notification-card"), Texts.of("en", "policy.saved"));

            browser.open(base + "admin/self-service");
            browser.awaitText(By.cssSelector("#policy-CFQ7TTC0HDB0 vaadin-select-value-button"), Texts.of("en", "policy.value.DISABLED"));
            browser.screenshot("policy-admin-northwind");
        }
        Api api = new Api(base);
        assertEquals("Disabled", Api.json(api.get(POLICY + "CFQ7TTC0HDB0", basic("admin@northwind.com", DemoAccounts.PASSWORD)))
                .getString("policyValue"));
    }

    @Test
    void cancellingAChangeKeepsTheValue() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "billing@contoso.se");
            browser.open(base + "admin/self-service");
            String before = browser.await(By.cssSelector("#policy-CFQ7TTC0HD33 vaadin-select-value-button")).getText();

            choose(browser, "policy-CFQ7TTC0HD33", Texts.of("sv-SE", "policy.value.ONLY_TRIALS_WITHOUT_PAYMENT_METHOD"));
            browser.await(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=cancel-button]")).click();

            browser.awaitText(By.cssSelector("#policy-CFQ7TTC0HD33 vaadin-select-value-button"), before);
        }
    }

    @Test
    void aGlobalReaderSeesTheSettingsButCannotChangeThem() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "reader@contoso.se");
            browser.open(base + "admin/self-service");

            browser.awaitText(By.id("policy-read-only"), Texts.of("sv-SE", "policy.readOnly"));
            assertTrue(browser.driver().findElements(By.cssSelector("[id^=policy-CFQ]")).isEmpty(), "no select to change a product");
            assertTrue(browser.await(By.id("policy-default")).getAttribute("readonly") != null);
            assertTrue(browser.gridCells().contains("Power BI Pro"));
            browser.screenshot("policy-reader-sv-SE");
        }
    }

    @Test
    void aPartnerPicksTheCustomerFirst() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "agent@fabrikam-partners.com");
            browser.open(base + "admin/self-service");

            browser.await(By.id("policy-tenant")).click();
            List<String> customers = browser.driver().findElements(By.cssSelector("#policy-tenant vaadin-select-item[role=option]"))
                    .stream().map(WebElement::getText).toList();
            assertEquals(List.of("Contoso AB", "Northwind Traders"), customers);
            browser.await(By.xpath("//*[@id='policy-tenant']//vaadin-select-item[@role='option' and normalize-space()='Northwind Traders']")).click();
            browser.awaitText(By.cssSelector("#policy-tenant vaadin-select-value-button"), "Northwind Traders");
            browser.await(By.id("policy-CFQ7TTC0H9MP"));
            browser.screenshot("policy-partner");
        }
    }

    @Test
    void aPurchaserSeesWhyAProductIsNotOfferedToThem() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "joao@contoso.com.br");
            browser.open(base + "products");
            browser.await(By.id("products-grid"));

            browser.until(d -> browser.gridCells().contains(Texts.of("en", "eligibility.PRODUCT_NOT_IN_COUNTRY")));
            assertTrue(browser.gridCells().contains(Texts.of("en", "products.available")), "Power BI Pro is available in Brazil");
            browser.screenshot("products-joao");
        }
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "priya@contoso.in");
            browser.open(base + "products");
            browser.until(d -> browser.gridCells().contains(Texts.of("en", "eligibility.COUNTRY_NOT_SUPPORTED")));
            assertTrue(!browser.gridCells().contains(Texts.of("en", "products.available")), "nothing is available in India");
        }
    }

    @Test
    void aPolicyChangeReachesThePurchaserInTheirLanguage() {
        Api api = new Api(base);
        api.send(api.request(POLICY + "CFQ7TTC0HD32").header("Authorization", basic("admin@contoso.cn", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Disabled\"}")));
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "li.wei@contoso.cn");
            browser.open(base + "products");

            browser.until(d -> browser.gridCells().contains(Texts.of("zh-CN", "eligibility.POLICY_DISABLED")));
            browser.screenshot("products-li.wei-zh-CN");
        }
    }

    /** Opens a select and picks the option with this label. */
    private static void choose(Browser browser, String selectId, String label) {
        browser.click(By.id(selectId));
        browser.await(By.xpath("//*[@id='" + selectId + "']//vaadin-select-item[@role='option' and @label='" + label + "']")).click();
    }
}
