package selfserve.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download people open in a spreadsheet: UTF-8 with a byte order mark (so Chinese and Swedish names
 * read right), RFC 4180 quoting, rows written as their source hands them over, so memory stays flat however
 * many there are, and the rows written so far reported now and then.
 */
final class SpreadsheetCsv {

    /** Rows between two progress reports. */
    static final int PROGRESS_EVERY = 10_000;

    private SpreadsheetCsv() {
    }

    /**
     * Writes the header, then a row of {@code values} for each item {@code source} hands to its sink;
     * returns the count, which is also the last progress report.
     */
    static <T> long write(OutputStream out, String[] headers, Consumer<Consumer<T>> source,
                          Function<T, List<?>> values, LongConsumer progress) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers).get());
            long[] rows = {0};
            source.accept(item -> {
                print(csv, values.apply(item));
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.accept(rows[0]);
                }
            });
            csv.flush();
            progress.accept(rows[0]);
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text a spreadsheet would run as a formula (=, +, -, @ first) is kept as text; null is empty. */
    static String inert(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void print(CSVPrinter csv, List<?> values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
