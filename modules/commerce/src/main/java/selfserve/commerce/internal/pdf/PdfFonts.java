package selfserve.commerce.internal.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The TrueType fonts an invoice is typeset in: a Latin font (regular and bold) for Latin letters, digits
 * and currency signs, and a CJK font for Chinese. Each character is drawn in the first of them that has
 * its glyph, so Swedish, English and Chinese all render; both are embedded as subsets.
 */
public record PdfFonts(Path cjk, Path latin, Path latinBold) {

    /** The files that are not there or cannot be read; empty when the PDF can be made. */
    public List<Path> missing() {
        return Stream.of(cjk, latin, latinBold).filter(file -> file == null || !Files.isReadable(file)).toList();
    }
}
