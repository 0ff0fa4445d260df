package selfserve.portal.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.SpendReport;
import selfserve.commerce.api.SpendReport.MonthSpend;
import selfserve.commerce.api.SpendReport.ProductSpend;
import selfserve.commerce.api.SpendReport.PurchaserSpend;
import selfserve.licensing.api.ProductLicenses;
import selfserve.portal.i18n.Translations;

/**
 * The plots as SVG, checked without a browser: well-formed, every text from the bundles in the viewer's
 * language, months and money written the language's way, Chinese fonts named, and names that look like markup
 * kept as text.
 */
class SpendChartsTest {

    private static final String HOSTILE_PRODUCT = "<script>alert('x')</script> & Co";
    private static final String HOSTILE_PERSON = "Anna \"<img src=x onerror=alert(1)>\"";
    private static final Translations TRANSLATIONS = new Translations();

    @Test
    void everyPlotIsWellFormedSvgWithItsTitleAndLegendInSimplifiedChinese() throws Exception {
        Locale chinese = Locale.forLanguageTag("zh-CN");
        List<SpendCharts.Chart> charts = charts(chinese).draw(figures("CNY"));

        assertEquals(List.of("spend-chart-monthly", "spend-chart-products", "spend-chart-seats", "spend-chart-purchasers"),
                charts.stream().map(SpendCharts.Chart::id).toList());
        for (SpendCharts.Chart chart : charts) {
            String text = texts(chart.svg());
            assertTrue(chart.svg().startsWith("<svg "), chart.id());
            assertTrue(text.contains(chart.title()), chart.id() + " shows its title: " + text);
        }
        String monthly = texts(charts.getFirst().svg());
        assertTrue(monthly.contains("自助服务") && monthly.contains("集中购买"), monthly);
        assertTrue(monthly.replaceAll("\\s", "").contains("2027年3月"), "months as Chinese writes them: " + monthly);
        assertTrue(monthly.contains("月份"), monthly);
        assertTrue(texts(charts.get(2).svg()).contains("已分配"), "the seats legend");
    }

    @Test
    void chineseFontsAreNamedTraditionalFirstForTaiwanSimplifiedFirstOtherwise() {
        String simplified = charts(Locale.forLanguageTag("zh-CN")).monthly(report("CNY")).svg();
        String traditional = charts(Locale.forLanguageTag("zh-TW")).monthly(report("TWD")).svg();

        assertTrue(simplified.indexOf("Noto Sans CJK SC") < simplified.indexOf("Noto Sans CJK TC"), "SC first");
        assertTrue(traditional.indexOf("Noto Sans CJK TC") < traditional.indexOf("Noto Sans CJK SC"), "TC first");
        assertTrue(simplified.contains("Microsoft YaHei") && simplified.contains("sans-serif"));
        assertTrue(texts(traditional).contains("集中購買"), texts(traditional));
    }

    @Test
    void namesThatLookLikeMarkupStayText() throws Exception {
        for (SpendCharts.Chart chart : charts(Locale.ENGLISH).draw(figures("USD"))) {
            assertFalse(chart.svg().contains("<script"), chart.id());
            assertFalse(chart.svg().contains("<img"), chart.id());
            assertEquals(0, parse(chart.svg()).getElementsByTagName("script").getLength());
            assertEquals(0, parse(chart.svg()).getElementsByTagName("img").getLength());
        }
        String products = texts(charts(Locale.ENGLISH).products(report("USD")).svg());
        assertTrue(products.contains("<script>alert('x')</script> & Co"), "the name, as text: " + products);
        String purchasers = texts(charts(Locale.ENGLISH).purchasers(report("USD")).svg());
        assertTrue(purchasers.contains("<img src=x onerror=alert(1)>"), purchasers);
    }

    @Test
    void amountsAreWrittenInTheTenantsCurrencyTheViewersWay() {
        String swedish = texts(charts(Locale.forLanguageTag("sv-SE")).purchasers(report("SEK")).svg());
        String english = texts(charts(Locale.forLanguageTag("en")).purchasers(report("USD")).svg());

        assertTrue(swedish.contains("1 234,50 kr") || swedish.contains("1\u00a0234,50\u00a0kr")
                || swedish.contains("1\u202f234,50\u00a0kr"), swedish);
        assertTrue(swedish.contains("Belopp (SEK)"), swedish);
        assertTrue(swedish.contains("Inköpare"), "the vertical axis label is text, not outlines: " + swedish);
        assertTrue(texts(charts(Locale.forLanguageTag("sv-SE")).monthly(report("SEK")).svg()).replaceAll("\\s", "")
                .contains("mars2027"), "months as Swedish writes them");
        assertTrue(english.contains("$1,234.50"), english);
    }

    @Test
    void emptyFiguresShowTheBundlesNothingToShow() {
        SpendReport empty = new SpendReport("SEK", YearMonth.of(2026, 4), YearMonth.of(2027, 3), Instant.EPOCH,
                List.of(), List.of(), List.of());
        SpendCharts swedish = charts(Locale.forLanguageTag("sv-SE"));

        assertTrue(texts(swedish.products(empty).svg()).contains("Inget att visa ännu"));
        assertTrue(texts(swedish.seats(List.of()).svg()).contains("Inget att visa ännu"));
        assertTrue(texts(swedish.purchasers(empty).svg()).contains("Inget att visa ännu"));
    }

    @Test
    void twoPeopleWithOneNameKeepTheirOwnBars() {
        SpendReport report = new SpendReport("USD", YearMonth.of(2026, 4), YearMonth.of(2027, 3), Instant.EPOCH, List.of(),
                List.of(), List.of(purchaser("Sam Lee", "300.00"), purchaser("Sam Lee", "200.00")));

        String svg = charts(Locale.ENGLISH).purchasers(report).svg();

        assertTrue(texts(svg).contains("$300.00") && texts(svg).contains("$200.00"), texts(svg));
    }

    private static SpendCharts charts(Locale locale) {
        return new SpendCharts((key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments), locale);
    }

    private static SpendFigures figures(String currency) {
        return new SpendFigures(report(currency), List.of(new ProductLicenses("P1", HOSTILE_PRODUCT, 2, 25, 18),
                new ProductLicenses("CFQ7TTC0HD32", "Visio Plan 2", 1, 10, 10)));
    }

    private static SpendReport report(String currency) {
        List<MonthSpend> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2026, 4); !month.isAfter(YearMonth.of(2027, 3)); month = month.plusMonths(1)) {
            months.add(new MonthSpend(month, money("120.00", currency), money(month.getMonthValue() % 3 == 0 ? "900.00" : "0", currency)));
        }
        return new SpendReport(currency, YearMonth.of(2026, 4), YearMonth.of(2027, 3), Instant.parse("2027-03-15T10:00:00Z"),
                months, List.of(new ProductSpend("P1", HOSTILE_PRODUCT, money("1000.00", currency), money("3600.00", currency)),
                new ProductSpend("CFQ7TTC0HD32", "Visio Plan 2", money("440.00", currency), money("0", currency))),
                List.of(new PurchaserSpend(UUID.randomUUID(), HOSTILE_PERSON, "anna@example.org", money("1234.50", currency)),
                        new PurchaserSpend(UUID.randomUUID(), null, null, money("10.00", currency))));
    }

    private static PurchaserSpend purchaser(String name, String amount) {
        return new PurchaserSpend(UUID.randomUUID(), name, null, money(amount, "USD"));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Every text of the SVG, joined by spaces, as a browser would read it out. */
    private static String texts(String svg) {
        try {
            NodeList texts = parse(svg).getElementsByTagName("text");
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < texts.getLength(); i++) {
                all.append(texts.item(i).getTextContent()).append(' ');
            }
            return all.toString();
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + svg, e);
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
