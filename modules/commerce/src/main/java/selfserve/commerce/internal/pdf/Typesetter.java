package selfserve.commerce.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets text in one document with per-glyph font fallback: a run of characters the Latin font has is set
 * in it, a run only the CJK font has (Chinese) in that one. Both fonts are embedded as subsets, so the
 * PDF shows the same glyphs on every machine. A character neither font has is set as a space if it is
 * one, else as a question mark, never dropped silently.
 */
final class Typesetter implements Closeable {

    private final Face regular;
    private final Face bold;
    private final Face cjk;

    Typesetter(PDDocument document, PdfFonts fonts) throws IOException {
        this.cjk = Face.load(document, fonts.cjk());
        this.regular = Face.load(document, fonts.latin());
        this.bold = Face.load(document, fonts.latinBold());
    }

    /** A piece of text in one font. */
    private record Run(PDType0Font font, String text) {
    }

    /** One loaded font: the file's glyph table to ask what it covers, and its PDF font. */
    private record Face(TrueTypeFont file, CmapLookup unicode, PDType0Font font) {

        static Face load(PDDocument document, Path path) throws IOException {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            return new Face(file, file.getUnicodeCmapLookup(), PDType0Font.load(document, file, true));
        }

        boolean has(int codePoint) {
            return unicode.getGlyphId(codePoint) > 0;
        }
    }

    private List<Run> runs(String text, boolean strong) {
        Face latin = strong ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDType0Font font;
            int shown = codePoint;
            if (latin.has(codePoint)) {
                font = latin.font();
            } else if (cjk.has(codePoint)) {
                font = cjk.font();
            } else {
                font = latin.font();
                shown = Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint) ? ' ' : '?';
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(shown);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** The width of the text at this size, in points. */
    float width(String text, float size, boolean strong) throws IOException {
        float width = 0;
        for (Run run : runs(text, strong)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Shows the text with its baseline starting at (x, y). */
    void show(PDPageContentStream page, String text, float x, float y, float size, boolean strong) throws IOException {
        page.beginText();
        page.newLineAtOffset(x, y);
        for (Run run : runs(text, strong)) {
            page.setFont(run.font(), size);
            page.showText(run.text());
        }
        page.endText();
    }

    /** Shows the text so that it ends at {@code right}. */
    void showRight(PDPageContentStream page, String text, float right, float y, float size, boolean strong)
            throws IOException {
        show(page, text, right - width(text, size, strong), y, size, strong);
    }

    /**
     * The text broken into lines no wider than {@code maxWidth}: between words where there are spaces,
     * between characters where there are none (Chinese) or a word is longer than a line.
     */
    List<String> wrap(String text, float maxWidth, float size, boolean strong) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastBreak = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            line.appendCodePoint(codePoint);
            if (codePoint == ' ') {
                lastBreak = line.length();
            }
            if (width(line.toString(), size, strong) > maxWidth && line.length() > 1) {
                if (lastBreak > 0) {
                    lines.add(line.substring(0, lastBreak).strip());
                    String rest = line.substring(lastBreak);
                    line.setLength(0);
                    line.append(rest);
                } else {
                    int keep = line.length() - Character.charCount(codePoint);
                    lines.add(line.substring(0, keep));
                    line.delete(0, keep);
                }
                lastBreak = -1;
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        // PDType0Font.load(document, TrueTypeFont, ...) leaves the files to their owner.
        for (Face face : List.of(regular, bold, cjk)) {
            face.file().close();
        }
    }
}
