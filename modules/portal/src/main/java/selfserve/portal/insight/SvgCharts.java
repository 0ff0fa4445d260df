package selfserve.portal.insight;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws a JFreeChart as an SVG element that the browser draws with its own fonts, through Apache Batik's SVG
 * generator into a DOM. Java measures the text with its logical SansSerif font; the SVG names a list of
 * families that a browser finds on every common system, with Chinese ones in it, the Traditional ones first for
 * zh-TW and the Simplified ones first otherwise, so that Chinese labels never turn into boxes. Text is a DOM
 * text node, escaped when the DOM is written, so a product or person's name can never become markup.
 */
final class SvgCharts {

    // Unquoted: each name is a sequence of CSS identifiers, so the list is safe in any attribute quoting.
    static final String LATIN = "Noto Sans, Segoe UI, Roboto, Helvetica Neue, Arial, DejaVu Sans";
    static final String SIMPLIFIED = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, "
            + "WenQuanYi Micro Hei";
    static final String TRADITIONAL = "Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, PingFang TC, Microsoft JhengHei";
    private static final String FALLBACK = "Droid Sans Fallback, sans-serif";

    // The portal's look (Lumo): body text colour, secondary lines, and a light grid.
    static final Color TEXT = new Color(0x1a, 0x27, 0x36);
    static final Color GRID = new Color(0xd8, 0xde, 0xe6);
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // JFreeChart draws rotated text (a vertical axis label) as glyph outlines by default, which in SVG would be
        // shapes from the server's fonts: Chinese would be boxes and no screen reader could read it. As text, the
        // browser draws it with the fonts named above. The portal is the only user of JFreeChart in its class loader.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgCharts() {
    }

    /** The font families an SVG for a page in {@code locale} names: Latin first, then the right Chinese ones. */
    static String fontFamilies(Locale locale) {
        boolean traditional = "zh".equals(locale.getLanguage())
                && ("TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry()) || "Hant".equals(locale.getScript()));
        return LATIN + ", " + (traditional ? TRADITIONAL + ", " + SIMPLIFIED : SIMPLIFIED + ", " + TRADITIONAL) + ", " + FALLBACK;
    }

    /** The portal's fonts, sizes and colours on a chart. */
    static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("SelfServe", false);
        theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(BASE.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(BASE);
        theme.setSmallFont(BASE.deriveFont(11f));
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.apply(chart);
    }

    /**
     * The chart as an {@code <svg>} element with the given id that scales to the width of its container (a
     * view box and no fixed size), drawn at {@code width} by {@code height} units.
     */
    static String svg(JFreeChart chart, String id, int width, int height, Locale locale) {
        Document document = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        // Definitions (clip paths) get ids of their own per chart: several plots share one page.
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return id + "-" + super.generateID(prefix);
            }
        });
        SVGGraphics2D graphics = new SVGGraphics2D(context, false); // text as text, never as outlines
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));

        Element root = graphics.getRoot();
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", SVG_NAMESPACE);
        root.setAttribute("id", id);
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("style", "width: 100%; height: auto; max-width: " + width + "px");
        root.setAttribute("font-family", fontFamilies(locale));
        useFamilies(root, fontFamilies(locale));
        graphics.dispose();
        return write(root);
    }

    /** The element alone, without an XML declaration or document type: it goes inside an HTML page. */
    private static String write(Element root) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString().strip();
        } catch (TransformerException e) {
            throw new IllegalStateException("the SVG could not be written", e);
        }
    }

    /** Replaces the family Batik wrote for Java's logical font by the families browsers should use. */
    private static void useFamilies(Element element, String families) {
        if (element.hasAttribute("font-family")) {
            element.setAttribute("font-family", families);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                useFamilies(child, families);
            }
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM is missing", e);
        }
    }
}
