package selfserve.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import selfserve.licensing.api.LicenseHolderRow;
import selfserve.licensing.api.Licenses;
import selfserve.portal.i18n.Translations;

/**
 * The licenses export as CSV: UTF-8 with a byte order mark (so spreadsheet programs read Chinese
 * and Swedish names right), column names in the reader's language, dates as ISO days (UTC), one row per
 * holder, written while licensing reads them so memory stays flat however many there are.
 */
public final class LicenseHoldersCsv {

    /** Rows between two progress reports. */
    static final int PROGRESS_EVERY = 10_000;

    private static final String[] COLUMNS = {"user", "email", "product", "productId", "subscription", "purchaser",
            "purchaserEmail", "assignedSince"};

    private final Translations translations;
    private final Locale locale;

    public LicenseHoldersCsv(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** The file name offered for the download, in the reader's language. */
    public String fileName() {
        return translations.getTranslation("licenses.export.fileName", locale) + ".csv";
    }

    /**
     * Writes the holders of the given subscriptions (every subscription of the tenant when empty) to
     * {@code out}, reporting the rows written so far to {@code progress} now and then; returns the row count.
     */
    public long write(Licenses licenses, UUID tenantId, Collection<UUID> subscriptionIds, OutputStream out,
                      LongConsumer progress) {
        String central = translations.getTranslation("licenses.export.central", locale);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers()).get());
            long[] rows = {0};
            licenses.export(tenantId, subscriptionIds, row -> {
                print(csv, row, central);
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

    private String[] headers() {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = translations.getTranslation("licenses.export.column." + COLUMNS[i], locale);
        }
        return headers;
    }

    /** A name that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text. */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void print(CSVPrinter csv, LicenseHolderRow row, String central) {
        try {
            csv.printRecord(inert(row.userName()), inert(row.userEmail()), row.productName(), row.productId(),
                    row.subscriptionId(), row.purchaserName() == null ? central : inert(row.purchaserName()),
                    row.purchaserEmail() == null ? "" : inert(row.purchaserEmail()),
                    row.assignedSince().atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
