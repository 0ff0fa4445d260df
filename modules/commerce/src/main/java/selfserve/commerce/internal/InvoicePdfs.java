package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.commerce.internal.pdf.InvoiceDocument;
import selfserve.commerce.internal.pdf.InvoicePdfRenderer;
import selfserve.commerce.internal.pdf.PdfFonts;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.SupportedLocale;

/**
 * Renders invoice PDFs with the fonts the server is configured with (server variables in
 * {@code liberty/server.xml}): {@code selfserve.pdf.font}, a TrueType font with the Chinese glyphs
 * (Debian's {@code fonts-droid-fallback}), and {@code selfserve.pdf.latin-font} /
 * {@code selfserve.pdf.latin-bold-font} for Latin text (Debian's {@code fonts-dejavu-core}). A font
 * file that is missing is named in the server log, and the caller gets {@code PDF_FONT_MISSING}.
 */
@ApplicationScoped
public class InvoicePdfs {

    static final String DROID_SANS_FALLBACK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    static final String DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    private static final Logger LOG = Logger.getLogger(InvoicePdfs.class.getName());

    @Inject
    @ConfigProperty(name = "selfserve.pdf.font", defaultValue = DROID_SANS_FALLBACK)
    private String cjkFont;

    @Inject
    @ConfigProperty(name = "selfserve.pdf.latin-font", defaultValue = DEJAVU_SANS)
    private String latinFont;

    @Inject
    @ConfigProperty(name = "selfserve.pdf.latin-bold-font", defaultValue = DEJAVU_SANS_BOLD)
    private String latinBoldFont;

    InvoicePdfs() {
        // for CDI, which injects the fonts from the configuration
    }

    /** With these font files, for tests. */
    InvoicePdfs(String cjkFont, String latinFont, String latinBoldFont) {
        this.cjkFont = cjkFont;
        this.latinFont = latinFont;
        this.latinBoldFont = latinBoldFont;
    }

    byte[] render(InvoiceDocument invoice, Locale reader) {
        PdfFonts fonts = new PdfFonts(Path.of(cjkFont), Path.of(latinFont), Path.of(latinBoldFont));
        List<Path> missing = fonts.missing();
        if (!missing.isEmpty()) {
            LOG.severe(() -> "Invoice PDFs cannot be made: font file(s) missing or unreadable: " + missing
                    + ". Install Debian's fonts-droid-fallback and fonts-dejavu-core, or point the server variables "
                    + "selfserve.pdf.font, selfserve.pdf.latin-font and selfserve.pdf.latin-bold-font at TrueType fonts.");
            throw SelfServeException.unprocessable("PDF_FONT_MISSING");
        }
        return new InvoicePdfRenderer(fonts).render(invoice, languageOf(reader));
    }

    /** The supported language closest to the reader's: Chinese in Taiwan, Hong Kong, Macao or Hant script is traditional. */
    static SupportedLocale languageOf(Locale reader) {
        if (reader == null) {
            return SupportedLocale.ENGLISH;
        }
        return switch (reader.getLanguage()) {
            case "zh" -> "Hant".equals(reader.getScript()) || List.of("TW", "HK", "MO").contains(reader.getCountry())
                    ? SupportedLocale.TRADITIONAL_CHINESE : SupportedLocale.SIMPLIFIED_CHINESE;
            case "sv" -> SupportedLocale.SWEDISH;
            default -> SupportedLocale.ENGLISH;
        };
    }
}
