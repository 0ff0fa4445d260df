package selfserve.commerce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Term;
import selfserve.commerce.internal.pdf.InvoiceDocument;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.SupportedLocale;

/** The server's side of invoice PDFs: the reader's language, and a clear refusal when a font file is missing. */
class InvoicePdfsTest {

    private static final InvoiceDocument INVOICE = new InvoiceDocument("INV-000000000001", Instant.EPOCH, Instant.EPOCH,
            Instant.EPOCH, new InvoiceDocument.BillTo("Northwind Traders", "Sam", null, "sam@northwind.com", null),
            "Power BI Pro", Term.MONTHLY, 1, new Money(BigDecimal.TEN, "USD"), new Money(BigDecimal.TEN, "USD"), null);

    @Test
    void aMissingFontIsRefusedAndTheLogNamesTheFile() {
        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(InvoicePdfs.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            InvoicePdfs pdfs = new InvoicePdfs("/nowhere/NoSuchFont.ttf", InvoicePdfs.DEJAVU_SANS, InvoicePdfs.DEJAVU_SANS_BOLD);
            SelfServeException refused = assertThrows(SelfServeException.class, () -> pdfs.render(INVOICE, Locale.ENGLISH));
            assertEquals("PDF_FONT_MISSING", refused.code());
            assertEquals(SelfServeException.Kind.UNPROCESSABLE, refused.kind());
            assertTrue(logged.stream().anyMatch(r -> r.getMessage().contains("/nowhere/NoSuchFont.ttf")
                    && r.getMessage().contains("selfserve.pdf.font")), "the log names the file and the setting");
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void withTheDefaultFontsAPdfIsMade() {
        byte[] pdf = new InvoicePdfs(InvoicePdfs.DROID_SANS_FALLBACK, InvoicePdfs.DEJAVU_SANS, InvoicePdfs.DEJAVU_SANS_BOLD)
                .render(INVOICE, Locale.forLanguageTag("zh-Hant-HK"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void theReaderGetsTheClosestSupportedLanguage() {
        assertEquals(SupportedLocale.TRADITIONAL_CHINESE, InvoicePdfs.languageOf(Locale.forLanguageTag("zh-TW")));
        assertEquals(SupportedLocale.TRADITIONAL_CHINESE, InvoicePdfs.languageOf(Locale.forLanguageTag("zh-Hant")));
        assertEquals(SupportedLocale.TRADITIONAL_CHINESE, InvoicePdfs.languageOf(Locale.forLanguageTag("zh-HK")));
        assertEquals(SupportedLocale.SIMPLIFIED_CHINESE, InvoicePdfs.languageOf(Locale.forLanguageTag("zh-CN")));
        assertEquals(SupportedLocale.SIMPLIFIED_CHINESE, InvoicePdfs.languageOf(Locale.forLanguageTag("zh")));
        assertEquals(SupportedLocale.SWEDISH, InvoicePdfs.languageOf(Locale.forLanguageTag("sv-FI")));
        assertEquals(SupportedLocale.ENGLISH, InvoicePdfs.languageOf(Locale.forLanguageTag("fr-FR")));
        assertEquals(SupportedLocale.ENGLISH, InvoicePdfs.languageOf(null));
    }
}
