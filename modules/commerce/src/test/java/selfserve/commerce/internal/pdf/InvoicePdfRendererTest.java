package selfserve.commerce.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;
import selfserve.identity.api.SupportedLocale;

/**
 * An invoice rendered in each language and read back with PDFBox: its texts, money and dates in that
 * language, Chinese and Swedish characters as text (not boxes), and every font embedded. The PDFs are
 * kept under target/invoice-pdfs for a person to look at.
 */
class InvoicePdfRendererTest {

    /** The fonts the server uses by default (Debian's fonts-droid-fallback and fonts-dejavu-core). */
    static final PdfFonts FONTS = new PdfFonts(
            Path.of(System.getProperty("selfserve.pdf.font", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    private static final Instant ISSUED = Instant.parse("2026-03-05T10:15:00Z");

    static InvoiceDocument invoice(String currency, InvoiceDocument.Card paidBy) {
        return new InvoiceDocument("INV-0A1B2C3D4E5F", ISSUED, ISSUED, Instant.parse("2026-04-05T10:15:00Z"),
                new InvoiceDocument.BillTo("Contoso AB Åkeriet & Söner", "Anna Ärlig",
                        new BillingAddress("Storgatan 1", "Våning 3", "Göteborg", "411 01", "SE"),
                        "faktura@contoso.se", "PO-4711"),
                "Power BI Pro", Term.MONTHLY, 12, new Money(new BigDecimal("109.50"), currency),
                new Money(new BigDecimal("1314.00"), currency), paidBy);
    }

    @ParameterizedTest
    @EnumSource(SupportedLocale.class)
    void rendersInEveryLanguageWithItsTextsAndEmbeddedFonts(SupportedLocale language) throws IOException {
        assertTrue(FONTS.missing().isEmpty(), "install fonts-droid-fallback and fonts-dejavu-core: missing " + FONTS.missing());
        InvoiceTexts texts = InvoiceTexts.of(language);

        byte[] pdf = new InvoicePdfRenderer(FONTS).render(invoice("SEK", new InvoiceDocument.Card("VISA", "4242")), language);
        keep(pdf, "invoice-" + language.tag() + ".pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(texts.text("title")), text);
            assertTrue(text.contains("INV-0A1B2C3D4E5F"), text);
            assertTrue(text.contains(texts.text("billTo")), text);
            assertTrue(text.contains("Contoso AB Åkeriet & Söner"), "Swedish letters are text: " + text);
            assertTrue(text.contains("Göteborg"), text);
            assertTrue(text.contains("PO-4711"), text);
            assertTrue(text.contains(texts.money(new Money(new BigDecimal("1314.00"), "SEK"))), text);
            assertTrue(text.contains(texts.date(ISSUED)), text);
            assertTrue(text.contains(texts.text("payment.card", "Visa", "4242")), text);
            assertTrue(text.contains(texts.text("column.unitPrice").split(" ")[0]), text);
            assertEquals(language.tag(), document.getDocumentCatalog().getLanguage());
            assertAllFontsEmbedded(document, language == SupportedLocale.SIMPLIFIED_CHINESE
                    || language == SupportedLocale.TRADITIONAL_CHINESE);
        }
    }

    @Test
    void chineseTextIsInTheChineseInvoices() throws IOException {
        assertTrue(text(SupportedLocale.SIMPLIFIED_CHINESE).contains("发票"));
        assertTrue(text(SupportedLocale.SIMPLIFIED_CHINESE).contains("帐单寄往"));
        assertTrue(text(SupportedLocale.TRADITIONAL_CHINESE).contains("發票"));
        assertTrue(text(SupportedLocale.TRADITIONAL_CHINESE).contains("瑞典"), "the country in the reader's language");
        assertTrue(text(SupportedLocale.SWEDISH).contains("Faktureras till"));
        assertTrue(text(SupportedLocale.SWEDISH).contains("Sverige"));
        assertTrue(text(SupportedLocale.SWEDISH).contains("1 314,00 kr")
                || text(SupportedLocale.SWEDISH).contains("1\u00a0314,00\u00a0kr"), text(SupportedLocale.SWEDISH));
        assertTrue(text(SupportedLocale.ENGLISH).contains("SEK") || text(SupportedLocale.ENGLISH).contains("kr"));
    }

    @Test
    void aCentralSubscriptionsInvoiceIsInvoicedToTheOrganization() throws IOException {
        for (SupportedLocale language : SupportedLocale.values()) {
            byte[] pdf = new InvoicePdfRenderer(FONTS).render(invoice("CNY", null), language);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(InvoiceTexts.of(language).text("payment.organization")), text);
                assertFalse(text.contains("4242"), text);
            }
        }
    }

    @Test
    void aLongOrganizationNameWrapsAndStaysOnThePage() throws IOException {
        InvoiceDocument invoice = invoice("TWD", new InvoiceDocument.Card("UNIONPAY", "0005"));
        String longName = "台灣康托索股份有限公司 ".repeat(8) + "Contoso Taiwan Limited";
        InvoiceDocument longer = new InvoiceDocument(invoice.number(), invoice.issuedAt(), invoice.periodStart(),
                invoice.periodEnd(), new InvoiceDocument.BillTo(longName, "陳美", null, "chen.mei@contoso.tw", null),
                invoice.productName(), Term.ANNUAL, 1, invoice.perLicensePerMonth(), invoice.amount(), invoice.paidBy());
        byte[] pdf = new InvoicePdfRenderer(FONTS).render(longer, SupportedLocale.TRADITIONAL_CHINESE);
        keep(pdf, "invoice-zh-TW-long-name.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace(" ", "");
            assertTrue(text.contains("ContosoTaiwanLimited"), text);
            assertTrue(text.contains("銀聯"), text);
            assertTrue(text.contains("年度承諾"), text);
        }
    }

    private static String text(SupportedLocale language) throws IOException {
        byte[] pdf = new InvoicePdfRenderer(FONTS).render(invoice("SEK", new InvoiceDocument.Card("VISA", "4242")), language);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Every font the page uses is a Type 0 font whose TrueType glyphs are in the file; the CJK font is
     * used (and embedded) where there is Chinese text.
     */
    static void assertAllFontsEmbedded(PDDocument document, boolean chinese) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<String> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            assertTrue(font instanceof PDType0Font, font.getName());
            PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
            assertNotNull(descriptor.getFontFile2(), font.getName() + " is embedded");
            assertTrue(font.isEmbedded(), font.getName());
        }
        assertEquals(chinese, fonts.stream().anyMatch(f -> f.contains("DroidSansFallback")), fonts::toString);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts::toString);
    }

    private static void keep(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target/invoice-pdfs");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }
}
