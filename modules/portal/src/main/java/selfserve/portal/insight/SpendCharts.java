package selfserve.portal.insight;

import java.awt.Color;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import selfserve.commerce.api.SpendReport;
import selfserve.commerce.api.SpendReport.MonthSpend;
import selfserve.commerce.api.SpendReport.ProductSpend;
import selfserve.commerce.api.SpendReport.PurchaserSpend;
import selfserve.licensing.api.ProductLicenses;

/**
 * The four plots of "Spend and utilization", drawn on the server as SVG in the viewer's language: spend per
 * month by channel, spend per product by channel, seats bought and assigned per product, and the top
 * purchasers. Every title, legend and axis text comes from the bundles through {@link Texts}; months are
 * written the way the language writes a month of a year ("Mar 2027", "mars 2027", "2027年3月"), amounts in the
 * tenant's currency as the language writes money.
 */
public final class SpendCharts {

    /** The bundles' texts in the viewer's language. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... arguments);
    }

    /** One plot: the id of its element, its title (for a screen reader) and the SVG element itself. */
    public record Chart(String id, String title, String svg) {
    }

    static final String MONTHLY = "spend-chart-monthly";
    static final String PRODUCTS = "spend-chart-products";
    static final String SEATS = "spend-chart-seats";
    static final String PURCHASERS = "spend-chart-purchasers";

    static final int WIDTH = 880;
    private static final int ROW_HEIGHT = 34;
    // Lumo's primary blue for self-service, a muted teal for central; the seats: bought light, assigned strong.
    private static final Color SELF_SERVICE = new Color(0x00, 0x6a, 0xf5);
    private static final Color CENTRAL = new Color(0x2f, 0x9e, 0x8f);
    private static final Color BOUGHT = new Color(0xa8, 0xc8, 0xf5);
    private static final Color ASSIGNED = new Color(0x1f, 0x4f, 0x9e);

    private final Texts texts;
    private final Locale locale;

    public SpendCharts(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** All four, in the order the page shows them. */
    public List<Chart> draw(SpendFigures figures) {
        return List.of(monthly(figures.spend()), products(figures.spend()), seats(figures.seats()),
                purchasers(figures.spend()));
    }

    /** Self-service and central spend per month, stacked, oldest month on the left. */
    public Chart monthly(SpendReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String selfService = texts.get("spend.legend.selfService");
        String central = texts.get("spend.legend.central");
        DateTimeFormatter monthFormat = monthFormat();
        for (MonthSpend month : report.months()) {
            String label = monthFormat.format(month.month());
            data.addValue(month.selfService().amount(), selfService, label);
            data.addValue(month.central().amount(), central, label);
        }
        String title = texts.get("spend.chart.monthly.title");
        JFreeChart chart = ChartFactory.createStackedBarChart(title, texts.get("spend.axis.month"),
                amountAxis(report.currency()), data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = styled(chart, report.currency());
        plot.getRenderer().setSeriesPaint(0, SELF_SERVICE);
        plot.getRenderer().setSeriesPaint(1, CENTRAL);
        // Twelve months side by side leave too little room for "2027年3月" or "sept. 2026" upright: slanted, each
        // month is written whole.
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return new Chart(MONTHLY, title, SvgCharts.svg(chart, MONTHLY, WIDTH, 420, locale));
    }

    /** Each product's spend over the months, self-service and central stacked, the most spent at the top. */
    public Chart products(SpendReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String selfService = texts.get("spend.legend.selfService");
        String central = texts.get("spend.legend.central");
        for (ProductSpend product : report.products()) {
            Category category = new Category(product.productId(), product.productName());
            data.addValue(product.selfService().amount(), selfService, category);
            data.addValue(product.central().amount(), central, category);
        }
        String title = texts.get("spend.chart.products.title");
        JFreeChart chart = ChartFactory.createStackedBarChart(title, texts.get("spend.axis.product"),
                amountAxis(report.currency()), data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = styled(chart, report.currency());
        plot.getRenderer().setSeriesPaint(0, SELF_SERVICE);
        plot.getRenderer().setSeriesPaint(1, CENTRAL);
        return new Chart(PRODUCTS, title, SvgCharts.svg(chart, PRODUCTS, WIDTH, heightFor(report.products().size()), locale));
    }

    /** Seats bought (of running subscriptions) beside seats assigned, per product. */
    public Chart seats(List<ProductLicenses> products) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String bought = texts.get("spend.legend.bought");
        String assigned = texts.get("spend.legend.assigned");
        for (ProductLicenses product : products) {
            Category category = new Category(product.productId(), product.productName());
            data.addValue(product.available(), bought, category);
            data.addValue(product.assigned(), assigned, category);
        }
        String title = texts.get("spend.chart.seats.title");
        JFreeChart chart = ChartFactory.createBarChart(title, texts.get("spend.axis.product"), texts.get("spend.axis.licenses"),
                data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = styled(chart, null);
        NumberAxis count = (NumberAxis) plot.getRangeAxis();
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BOUGHT);
        renderer.setSeriesPaint(1, ASSIGNED);
        renderer.setItemMargin(0.05);
        labelled(renderer, NumberFormat.getIntegerInstance(locale));
        return new Chart(SEATS, title, SvgCharts.svg(chart, SEATS, WIDTH, heightFor(products.size() * 2), locale));
    }

    /** The people whose self-service purchases cost the most, the most at the top, each bar with its amount. */
    public Chart purchasers(SpendReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String spent = texts.get("spend.legend.purchaserSpend");
        for (PurchaserSpend purchaser : report.topPurchasers()) {
            data.addValue(purchaser.amount().amount(), spent,
                    new Category(purchaser.purchaserId().toString(), purchaserName(purchaser)));
        }
        String title = texts.get("spend.chart.purchasers.title");
        JFreeChart chart = ChartFactory.createBarChart(title, texts.get("spend.axis.purchaser"),
                amountAxis(report.currency()), data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = styled(chart, report.currency());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, SELF_SERVICE);
        labelled(renderer, money(report.currency(), true));
        return new Chart(PURCHASERS, title, SvgCharts.svg(chart, PURCHASERS, WIDTH,
                heightFor(report.topPurchasers().size()), locale));
    }

    /** A month of a year as the language writes it, e.g. "Mar 2027", "mars 2027", "2027年3月". */
    public DateTimeFormatter monthFormat() {
        return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
    }

    private String purchaserName(PurchaserSpend purchaser) {
        if (purchaser.displayName() != null && !purchaser.displayName().isBlank()) {
            return purchaser.displayName();
        }
        return purchaser.email() != null ? purchaser.email() : texts.get("spend.purchaser.unknown");
    }

    private String amountAxis(String currency) {
        return texts.get("spend.axis.amount", currency);
    }

    /** The portal's look, the bundles' empty-state text, and amounts on the value axis in the currency. */
    private CategoryPlot styled(JFreeChart chart, String currency) {
        SvgCharts.style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(texts.get("spend.chart.noData"));
        plot.setNoDataMessagePaint(SvgCharts.TEXT);
        plot.setRangeGridlinePaint(SvgCharts.GRID);
        plot.setOutlineVisible(false);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setMaximumCategoryLabelLines(2);
        if (currency != null) {
            ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(money(currency, false));
        }
        return plot;
    }

    private static void labelled(BarRenderer renderer, NumberFormat format) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        // Room at the end of the longest bar for its label.
        renderer.getPlot().getRangeAxis().setUpperMargin(0.2);
    }

    /** Money in the currency; whole units on an axis, the currency's decimals on a bar. */
    private NumberFormat money(String currency, boolean withDecimals) {
        Currency iso = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(iso);
        int decimals = withDecimals ? Math.max(iso.getDefaultFractionDigits(), 0) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** A horizontal chart grows with its rows, so that every name has room. */
    private static int heightFor(int rows) {
        return Math.max(260, 140 + rows * ROW_HEIGHT);
    }

    /**
     * A category of a plot: told apart by id (two people may share a name), shown by its label, kept in the
     * order it was added.
     */
    record Category(String id, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return id.compareTo(other.id);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
