package selfserve.commerce.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import selfserve.commerce.api.BillingAddress;
import selfserve.identity.api.SupportedLocale;

/**
 * Lays an invoice out on one A4 page, in the reader's language: the seller and the invoice's number,
 * dates and purchase order at the top, whom it is billed to and how it was paid, the line with licenses,
 * price and amount, the total, and a footer. Thread-safe: everything it needs is made per call.
 */
public final class InvoicePdfRenderer {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float RIGHT = WIDTH - MARGIN;
    private static final float[] ACCENT = {0.0f, 0.33f, 0.62f};
    private static final float[] INK = {0.13f, 0.15f, 0.18f};
    private static final float[] MUTED = {0.42f, 0.45f, 0.5f};
    private static final float[] RULE = {0.82f, 0.84f, 0.87f};
    private static final float[] SHADE = {0.94f, 0.96f, 0.98f};

    private final PdfFonts fonts;

    public InvoicePdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(InvoiceDocument invoice, SupportedLocale language) {
        InvoiceTexts texts = InvoiceTexts.of(language);
        try (PDDocument document = new PDDocument(); Typesetter type = new Typesetter(document, fonts)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, invoice, texts, language);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, type, texts, invoice).draw();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Invoice " + invoice.number() + " could not be rendered", e);
        }
    }

    private static void describe(PDDocument document, InvoiceDocument invoice, InvoiceTexts texts, SupportedLocale language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(texts.text("title") + " " + invoice.number());
        info.setAuthor(texts.text("seller.name"));
        info.setCreator("SelfServe");
        document.getDocumentCatalog().setLanguage(language.tag());
    }

    /** One page being drawn, top to bottom; {@code y} is the baseline of the next line. */
    private static final class Layout {

        private final PDPageContentStream page;
        private final Typesetter type;
        private final InvoiceTexts texts;
        private final InvoiceDocument invoice;

        Layout(PDPageContentStream page, Typesetter type, InvoiceTexts texts, InvoiceDocument invoice) {
            this.page = page;
            this.type = type;
            this.texts = texts;
            this.invoice = invoice;
        }

        void draw() throws IOException {
            // A band of the accent colour across the top.
            fill(ACCENT, 0, HEIGHT - 10, WIDTH, 10);
            float y = HEIGHT - MARGIN - 12;
            color(ACCENT);
            type.show(page, texts.text("seller.name"), MARGIN, y, 22, true);
            color(MUTED);
            type.show(page, texts.text("seller.tagline"), MARGIN, y - 18, 10, false);
            color(INK);
            type.showRight(page, texts.text("title"), RIGHT, y, 26, true);

            y = facts(y - 48);
            y = parties(y - 28);
            y = lines(y - 34);
            footer();
        }

        /** Number, dates and purchase order, as label–value pairs on the right. */
        private float facts(float y) throws IOException {
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {texts.text("number"), invoice.number()});
            facts.add(new String[] {texts.text("issued"), texts.date(invoice.issuedAt())});
            facts.add(new String[] {texts.text("period"),
                    texts.text("period.range", texts.date(invoice.periodStart()), texts.date(invoice.periodEnd()))});
            if (invoice.billTo().purchaseOrder() != null) {
                facts.add(new String[] {texts.text("purchaseOrder"), invoice.billTo().purchaseOrder()});
            }
            float labelsAt = WIDTH / 2 - 30;
            for (String[] fact : facts) {
                color(MUTED);
                type.show(page, fact[0], labelsAt, y, 9.5f, false);
                color(INK);
                type.showRight(page, fact[1], RIGHT, y, 9.5f, true);
                y -= 16;
            }
            return y;
        }

        /** Whom it is billed to (left) and how it was paid (right). */
        private float parties(float y) throws IOException {
            float column = WIDTH / 2 - MARGIN - 10;
            heading(texts.text("billTo"), MARGIN, y);
            heading(texts.text("payment"), WIDTH / 2 + 10, y);
            rule(y - 6, MARGIN, WIDTH / 2 - 10);
            rule(y - 6, WIDTH / 2 + 10, RIGHT);

            float left = y - 22;
            InvoiceDocument.BillTo billTo = invoice.billTo();
            for (String line : type.wrap(billTo.organization(), column, 11, true)) {
                color(INK);
                type.show(page, line, MARGIN, left, 11, true);
                left -= 15;
            }
            List<String> lines = new ArrayList<>();
            BillingAddress address = billTo.address();
            if (address != null) {
                addIfPresent(lines, address.line1());
                addIfPresent(lines, address.line2());
                String cityLine = ((address.postalCode() == null ? "" : address.postalCode() + " ")
                        + (address.city() == null ? "" : address.city())).strip();
                addIfPresent(lines, cityLine);
                if (address.country() != null) {
                    lines.add(texts.country(address.country()));
                }
            }
            if (billTo.purchaser() != null) {
                lines.add(texts.text("purchaser", billTo.purchaser()));
            }
            if (billTo.invoiceEmail() != null) {
                lines.add(texts.text("email", billTo.invoiceEmail()));
            }
            color(INK);
            for (String line : lines) {
                for (String wrapped : type.wrap(line, column, 10, false)) {
                    type.show(page, wrapped, MARGIN, left, 10, false);
                    left -= 14;
                }
            }

            float right = y - 22;
            String payment = invoice.paidBy() == null ? texts.text("payment.organization")
                    : texts.text("payment.card", texts.text("card.brand." + invoice.paidBy().brand()), invoice.paidBy().last4());
            for (String wrapped : type.wrap(payment, column, 10, false)) {
                type.show(page, wrapped, WIDTH / 2 + 10, right, 10, false);
                right -= 14;
            }
            return Math.min(left, right);
        }

        /** The table of what was charged, with its total. */
        private float lines(float y) throws IOException {
            float quantityRight = MARGIN + 250;
            float unitRight = MARGIN + 365;
            float descriptionWidth = quantityRight - MARGIN - 60;
            float unitWidth = 100;

            // Header row on a shaded band; a long header wraps inside its column.
            List<String> unitHeader = type.wrap(texts.text("column.unitPrice"), unitWidth - 8, 8.5f, true);
            float headerHeight = Math.max(1, unitHeader.size()) * 11 + 12;
            fill(SHADE, MARGIN, y - headerHeight + 14, RIGHT - MARGIN, headerHeight);
            color(MUTED);
            type.show(page, texts.text("column.description"), MARGIN + 8, y, 8.5f, true);
            type.showRight(page, texts.text("column.quantity"), quantityRight, y, 8.5f, true);
            float headerLine = y;
            for (String line : unitHeader) {
                type.showRight(page, line, unitRight, headerLine, 8.5f, true);
                headerLine -= 11;
            }
            type.showRight(page, texts.text("column.amount"), RIGHT - 8, y, 8.5f, true);
            y -= headerHeight + 8;

            color(INK);
            float rowTop = y;
            for (String line : type.wrap(invoice.productName(), descriptionWidth, 11, true)) {
                type.show(page, line, MARGIN + 8, y, 11, true);
                y -= 15;
            }
            color(MUTED);
            String detail = texts.text("line.detail", texts.text("term." + invoice.term().name()),
                    texts.text("period.range", texts.date(invoice.periodStart()), texts.date(invoice.periodEnd())));
            for (String line : type.wrap(detail, descriptionWidth, 9, false)) {
                type.show(page, line, MARGIN + 8, y, 9, false);
                y -= 13;
            }
            color(INK);
            type.showRight(page, texts.number(invoice.quantity()), quantityRight, rowTop, 10.5f, false);
            type.showRight(page, texts.money(invoice.perLicensePerMonth()), unitRight, rowTop, 10.5f, false);
            type.showRight(page, texts.money(invoice.amount()), RIGHT - 8, rowTop, 10.5f, false);

            y -= 6;
            rule(y, MARGIN, RIGHT);
            y -= 24;
            type.show(page, texts.text("total"), unitRight - 100, y, 13, true);
            color(ACCENT);
            type.showRight(page, texts.money(invoice.amount()), RIGHT - 8, y, 13, true);
            y -= 8;
            rule(y, unitRight - 100, RIGHT);
            y -= 18;
            color(MUTED);
            type.showRight(page, texts.text("currency", texts.currencyName(invoice.amount().currency())), RIGHT - 8, y, 9,
                    false);
            return y;
        }

        private void footer() throws IOException {
            rule(MARGIN + 24, MARGIN, RIGHT);
            color(MUTED);
            float y = MARGIN + 8;
            for (String line : type.wrap(texts.text("footer", invoice.number()), RIGHT - MARGIN, 8.5f, false)) {
                type.show(page, line, MARGIN, y, 8.5f, false);
                y -= 11;
            }
        }

        private void heading(String text, float x, float y) throws IOException {
            color(ACCENT);
            type.show(page, text, x, y, 10, true);
        }

        private void rule(float y, float from, float to) throws IOException {
            page.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            page.setLineWidth(0.8f);
            page.moveTo(from, y);
            page.lineTo(to, y);
            page.stroke();
        }

        private void fill(float[] rgb, float x, float y, float width, float height) throws IOException {
            page.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            page.addRect(x, y, width, height);
            page.fill();
        }

        private void color(float[] rgb) throws IOException {
            page.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }

        private static void addIfPresent(List<String> lines, String line) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
    }
}
