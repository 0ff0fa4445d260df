package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Spend and utilization" in headless Chromium: the four plots are inline SVG drawn by the server, their titles,
 * legends and axes in the viewer's language and the months written as that language writes them. A Global
 * reader of Contoso AB reads it in Swedish, the Global admin of Contoso China in Simplified Chinese.
 */
@ExtendWith(ArquillianExtension.class)
class SpendBrowserIT {

    private static final List<String> PLOTS = List.of("spend-chart-monthly", "spend-chart-products", "spend-chart-seats",
            "spend-chart-purchasers");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aGlobalReaderSeesTheFourPlotsInSwedish() {
        try (Browser browser = new Browser("sv-SE")) {
            browser.signIn(base, "reader@contoso.se");
            browser.open(base + "admin/spend");
            browser.awaitText(By.id("spend-title"), Texts.of("sv-SE", "spend.title"));
            for (String plot : PLOTS) {
                browser.await(By.cssSelector("#" + plot + " svg"));
            }

            String monthly = svgText(browser, "spend-chart-monthly");
            assertTrue(monthly.contains(Texts.of("sv-SE", "spend.chart.monthly.title")), monthly);
            assertTrue(monthly.contains(Texts.of("sv-SE", "spend.legend.selfService")), monthly);
            assertTrue(monthly.contains(Texts.of("sv-SE", "spend.legend.central")), monthly);
            assertTrue(monthly.contains(Texts.of("sv-SE", "spend.axis.amount", "SEK")), monthly);
            assertTrue(compact(monthly).contains(compact(month("sv-SE", YearMonth.now(ZoneOffset.UTC)))),
                    "this month in Swedish: " + monthly);
            String products = svgText(browser, "spend-chart-products");
            assertTrue(products.contains(Texts.of("sv-SE", "spend.chart.products.title")), products);
            assertTrue(products.contains("Power BI Pro"), "the demo data's purchases: " + products);
            String seats = svgText(browser, "spend-chart-seats");
            assertTrue(seats.contains(Texts.of("sv-SE", "spend.legend.bought"))
                    && seats.contains(Texts.of("sv-SE", "spend.legend.assigned")), seats);
            String purchasers = svgText(browser, "spend-chart-purchasers");
            assertTrue(purchasers.contains(Texts.of("sv-SE", "spend.chart.purchasers.title")), purchasers);
            assertTrue(purchasers.contains("kr"), "amounts in kronor, written the Swedish way: " + purchasers);
            assertEquals("img", browser.await(By.id("spend-chart-seats")).getAttribute("role"));
            browser.screenshot("spend-sv-SE");
        }
    }

    @Test
    void theGlobalAdminOfContosoChinaReadsItInSimplifiedChinese() {
        try (Browser browser = new Browser("zh-CN")) {
            browser.signIn(base, "admin@contoso.cn");
            browser.open(base + "admin/spend");
            browser.awaitText(By.id("spend-title"), Texts.of("zh-CN", "spend.title"));
            WebElement svg = browser.await(By.cssSelector("#spend-chart-monthly svg"));

            String monthly = svgText(browser, "spend-chart-monthly");
            assertTrue(monthly.contains(Texts.of("zh-CN", "spend.chart.monthly.title")), monthly);
            assertTrue(monthly.contains(Texts.of("zh-CN", "spend.legend.selfService")), monthly);
            assertTrue(compact(monthly).contains(compact(month("zh-CN", YearMonth.now(ZoneOffset.UTC)))), "月份: " + monthly);
            assertTrue(monthly.contains(Texts.of("zh-CN", "spend.axis.amount", "CNY")), monthly);
            String families = (String) browser.driver().executeScript(
                    "return getComputedStyle(arguments[0].querySelector('text')).fontFamily", svg);
            assertTrue(families.contains("Noto Sans CJK SC"), "Chinese fonts are named: " + families);
            assertTrue(svgText(browser, "spend-chart-seats").contains(Texts.of("zh-CN", "spend.chart.seats.title")));
            browser.screenshot("spend-zh-CN");
        }
    }

    @Test
    void aLicenseAdminCannotOpenThePage() {
        String language = Api.json(new Api(base).get("api/v1/me", Api.basic("licenses@contoso.se", DemoAccounts.PASSWORD)))
                .getString("locale");
        try (Browser browser = new Browser("sv-SE")) {
            browser.signIn(base, "licenses@contoso.se");
            browser.open(base + "admin/spend");

            browser.awaitText(By.tagName("h2"), Texts.of(language, "error.notFound.title"));
            assertTrue(browser.driver().findElements(By.id("spend-title")).isEmpty());
            assertTrue(browser.driver().findElements(By.cssSelector("svg")).stream()
                    .noneMatch(svg -> svg.getAttribute("id") != null && svg.getAttribute("id").startsWith("spend-chart")));
        }
    }

    /** Every text of the plot's SVG, as the browser holds it. */
    private static String svgText(Browser browser, String plot) {
        return String.join(" ", browser.driver().findElements(By.cssSelector("#" + plot + " svg text")).stream()
                .map(text -> text.getAttribute("textContent")).toList());
    }

    /** Without spaces: a plot may break a long label into two lines where the language has no space. */
    private static String compact(String text) {
        return text.replaceAll("\\s", "");
    }

    private static String month(String languageTag, YearMonth month) {
        return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(Locale.forLanguageTag(languageTag)).format(month);
    }
}
