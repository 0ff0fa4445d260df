package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The purchaser's Invoices page in headless Chromium: the past 3 months by default, the past 6
 * months on request, and an empty page for someone who never bought anything. Relies on the demo data:
 * Anna (Contoso AB, Swedish) has paid Power BI Pro monthly for 4 months and Visio Plan 2 for 2.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicesBrowserIT {

    private static final String POWER_BI_PRO = "Power BI Pro";
    private static final String VISIO_PLAN_2 = "Visio Plan 2";
    private static final By TITLE = By.id("invoices-title");
    private static final By GRID = By.id("invoices-grid");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aPurchaserSeesThePastThreeMonthsAndMoreInSix() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "anna@contoso.se");
            browser.open(base + "invoices");
            browser.awaitText(TITLE, Texts.of("sv-SE", "invoices.title"));
            browser.await(GRID);
            browser.until(d -> browser.gridCells().contains(POWER_BI_PRO) && browser.gridCells().contains(VISIO_PLAN_2));
            List<String> threeMonths = browser.gridCells();
            long powerBiInThree = count(threeMonths, POWER_BI_PRO);
            assertTrue(powerBiInThree >= 1, threeMonths::toString);
            browser.screenshot("invoices-3-months-sv-SE");

            browser.chooseRadio("invoices-range", Texts.of("sv-SE", "invoices.range.PAST_6_MONTHS"));
            browser.until(d -> count(browser.gridCells(), POWER_BI_PRO) > powerBiInThree);
            List<String> sixMonths = browser.gridCells();
            assertTrue(count(sixMonths, POWER_BI_PRO) > powerBiInThree, sixMonths::toString);
            assertTrue(sixMonths.contains(VISIO_PLAN_2), sixMonths::toString);
            browser.screenshot("invoices-6-months-sv-SE");

            // The date range shows its two days and the button that applies them
            browser.chooseRadio("invoices-range", Texts.of("sv-SE", "invoices.range.CUSTOM"));
            browser.await(By.id("invoices-from"));
            browser.await(By.id("invoices-to"));
            browser.await(By.id("invoices-apply"));
            browser.screenshot("invoices-date-range-sv-SE");
        }
    }

    @Test
    void someoneWithoutInvoicesSeesTheEmptyState() {
        // An education tenant cannot buy, so this member never has an invoice, whatever other tests bought.
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "teacher@lakeside.edu");
            browser.open(base + "invoices");
            browser.awaitText(TITLE, Texts.of("sv-SE", "invoices.title"));
            browser.awaitText(By.id("invoices-empty"), Texts.of("sv-SE", "invoices.empty"));
            assertTrue(browser.gridCells().stream().noneMatch(cell -> cell.equals(POWER_BI_PRO) || cell.equals(VISIO_PLAN_2)),
                    browser.gridCells()::toString);
            browser.screenshot("invoices-empty-sv-SE");
        }
    }

    private static long count(List<String> cells, String text) {
        return cells.stream().filter(text::equals).count();
    }
}
