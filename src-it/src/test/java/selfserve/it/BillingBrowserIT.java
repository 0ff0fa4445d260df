package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Year;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The purchaser's billing pages in headless Chromium, as chen.mei@contoso.tw (zh-TW), who
 * owns a demo subscription with invoices: an invoice opens with its PDF to download, a card is added on
 * Payment methods, and the billing profile is saved, with a refused value explained in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
class BillingBrowserIT {

    private static final String LANGUAGE = "zh-TW";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anInvoiceOpensAndItsPdfDownloads() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "chen.mei@contoso.tw");
            browser.open(base + "invoices");
            browser.await(By.id("invoices-grid"));
            browser.click(By.cssSelector("vaadin-button[id^='invoice-open-']"));
            browser.awaitText(By.id("invoice-details"), Texts.of(LANGUAGE, "invoices.details.download"));
            browser.screenshot("invoice-details-zh-TW");
            String href = browser.await(By.id("invoice-download")).getDomAttribute("href");
            // The link is fetched in the page, with the session's cookies, as a click would.
            Object answer = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + '|'
                        + new TextDecoder('latin1').decode(new Uint8Array(b).slice(0, 5)))))
                        .catch(e => done('failed ' + e));""", href);
            assertEquals("application/pdf|%PDF-", answer);
        }
    }

    @Test
    void aCardIsAddedAndTheBillingProfileSaved() {
        try (Browser browser = new Browser("en-US")) {
            browser.signIn(base, "chen.mei@contoso.tw");
            browser.open(base + "payment-methods");
            browser.awaitText(By.id("payment-methods-title"), Texts.of(LANGUAGE, "paymentMethods.title"));
            browser.click(By.id("payment-methods-add"));
            browser.await(By.id("card-add-dialog"));
            browser.type("card-number", "3566 0020 2036 0505");
            browser.type("card-expiry-month", "11");
            browser.type("card-expiry-year", String.valueOf(Year.now().getValue() + 2));
            browser.type("card-security-code", "321");
            browser.type("card-name", "Chen Mei");
            browser.click(By.id("card-add-save"));
            browser.awaitText(By.cssSelector("vaadin-notification-card"), Texts.of(LANGUAGE, "paymentMethods.saved"));
            browser.until(d -> browser.gridCells().stream().anyMatch(cell -> cell.contains("0505")));
            browser.screenshot("payment-methods-zh-TW");

            browser.open(base + "billing-profile");
            browser.awaitText(By.id("billing-title"), Texts.of(LANGUAGE, "billing.title"));
            browser.type("billing-organization", "康托索台灣股份有限公司");
            browser.type("billing-invoice-email", "not-an-email");
            browser.click(By.id("billing-save"));
            browser.awaitText(By.cssSelector("vaadin-notification-card"),
                    Texts.of(LANGUAGE, "problem.INVOICE_EMAIL_INVALID.detail"));
            browser.awaitGone(By.cssSelector("vaadin-notification-card")); // it covers the button for a few seconds
            browser.type("billing-invoice-email", "ap@contoso.tw");
            browser.type("billing-purchase-order", "PO-88");
            browser.click(By.id("billing-save"));
            browser.awaitText(By.cssSelector("vaadin-notification-card"), Texts.of(LANGUAGE, "billing.saved"));
            browser.screenshot("billing-profile-zh-TW");
            assertTrue(browser.driver().getPageSource().contains("康托索台灣股份有限公司") || browser.await(
                    By.cssSelector("#billing-organization input")).getDomProperty("value").equals("康托索台灣股份有限公司"));
        }
    }
}
