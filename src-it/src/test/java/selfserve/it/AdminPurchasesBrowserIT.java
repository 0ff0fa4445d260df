package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The admin page "Products and purchases" in headless Chromium: every purchase of the organization
 * with its purchaser, the central-only filter, who may open it, and a partner choosing the customer. The demo
 * data gives Contoso AB Anna's self-service Power BI Pro × 10 and Visio Plan 2 × 3 and a central Power BI Pro × 50.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPurchasesBrowserIT {

    private static final String PAGE = "admin/purchases";
    private static final String ANNA = "Anna Svensson";
    private static final By TITLE = By.id("admin-purchases-title");
    private static final By GRID = By.id("admin-purchases-grid");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anAdminSeesSelfServiceAndCentralPurchasesAndFiltersToCentralOnly() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "admin@contoso.se");
            browser.open(base + PAGE);
            browser.awaitText(TITLE, Texts.of("sv-SE", "adminPurchases.title"));
            browser.await(By.xpath("//*[@id='nav-admin']//vaadin-side-nav-item[contains(normalize-space(.), '"
                    + Texts.of("sv-SE", "nav.adminPurchases") + "')]"));
            browser.await(GRID);

            untilCells(browser, cells -> hasPurchaser(cells, ANNA) && cells.contains("50"));
            List<String> all = browser.gridCells();
            assertTrue(all.contains("Power BI Pro"), all::toString);
            assertTrue(all.stream().anyMatch(cell -> cell.contains("anna@contoso.se")), "the purchaser's email: " + all);
            assertTrue(all.contains(Texts.of("sv-SE", "adminPurchases.channel.SELF_SERVICE")), all::toString);
            assertTrue(all.contains(Texts.of("sv-SE", "adminPurchases.channel.CENTRAL")), all::toString);
            assertTrue(all.contains(Texts.of("sv-SE", "subscription.status.ACTIVE")), all::toString);
            browser.screenshot("admin-purchases-sv-SE");

            browser.chooseRadio("admin-purchases-filter", Texts.of("sv-SE", "adminPurchases.filter.CENTRAL_ONLY"));
            untilCells(browser, cells -> !hasPurchaser(cells, ANNA) && cells.contains("50"));
            List<String> central = browser.gridCells();
            assertTrue(central.stream().noneMatch(cell -> cell.contains("anna@contoso.se")), central::toString);
            assertTrue(!central.contains(Texts.of("sv-SE", "adminPurchases.channel.SELF_SERVICE")), central::toString);
            assertTrue(central.contains("Power BI Pro"), central::toString);
            browser.screenshot("admin-purchases-central-sv-SE");

            browser.chooseRadio("admin-purchases-filter", Texts.of("sv-SE", "adminPurchases.filter.INCLUDING_SELF_SERVICE"));
            untilCells(browser, cells -> hasPurchaser(cells, ANNA));
        }
    }

    @Test
    void aGlobalReaderSeesThePurchasesToo() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "reader@contoso.se");
            browser.open(base + PAGE);
            browser.awaitText(TITLE, Texts.of("sv-SE", "adminPurchases.title"));
            browser.await(GRID);

            untilCells(browser, cells -> hasPurchaser(cells, ANNA) && cells.contains("50"));
            List<String> cells = browser.gridCells();
            assertTrue(cells.contains("Power BI Pro"), cells::toString);
            browser.screenshot("admin-purchases-reader-sv-SE");
        }
    }

    @Test
    void aMemberCannotOpenThePage() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "anna@contoso.se");
            browser.open(base + PAGE);

            browser.awaitText(By.tagName("h2"), Texts.of("sv-SE", "error.notFound.title"));
            assertTrue(browser.driver().findElements(TITLE).isEmpty(), "no admin page for a member");
            assertTrue(browser.driver().findElements(GRID).isEmpty(), "no purchases for a member");
        }
    }

    @Test
    void aPartnerPicksTheCustomerAndSeesItsPurchases() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "agent@fabrikam-partners.com");
            browser.open(base + PAGE);
            browser.awaitText(TITLE, Texts.of("en", "adminPurchases.title"));

            pickTenant(browser, "Northwind Traders");
            untilCells(browser, cells -> !hasPurchaser(cells, ANNA));

            pickTenant(browser, "Contoso AB");
            untilCells(browser, cells -> hasPurchaser(cells, ANNA) && cells.contains("50"));
            List<String> cells = browser.gridCells();
            assertTrue(cells.contains(Texts.of("en", "adminPurchases.channel.SELF_SERVICE")), cells::toString);
            assertTrue(cells.contains("Contoso AB"), "the organization bought the central purchase: " + cells);
            browser.screenshot("admin-purchases-partner");
        }
    }

    /** Opens the tenant picker and chooses the organization with this name. */
    private static void pickTenant(Browser browser, String name) {
        browser.click(By.id("admin-purchases-tenant"));
        browser.await(By.xpath("//*[@id='admin-purchases-tenant']//vaadin-select-item[@role='option' and normalize-space()='"
                + name + "']")).click();
        browser.awaitText(By.cssSelector("#admin-purchases-tenant vaadin-select-value-button"), name);
    }

    /** Waits until the grid's cells fit; a cell the grid re-renders while it is read is read again. */
    private static void untilCells(Browser browser, Predicate<List<String>> condition) {
        browser.until(d -> {
            try {
                return condition.test(browser.gridCells());
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    /** Whether a purchaser cell names this person (the email is on the line below the name). */
    private static boolean hasPurchaser(List<String> cells, String name) {
        return cells.stream().anyMatch(cell -> cell.lines().anyMatch(line -> line.strip().equals(name)));
    }
}
