package selfserve.portal.export;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongConsumer;
import selfserve.licensing.api.LicenseHolderRow;
import selfserve.licensing.api.Licenses;
import selfserve.portal.i18n.Translations;

/**
 * The licenses export as CSV: UTF-8 with a byte order mark (so spreadsheet programs read Chinese
 * and Swedish names right), column names in the reader's language, dates as ISO days (UTC), one row per
 * holder, written while licensing reads them so memory stays flat however many there are.
 */
public final class LicenseHoldersCsv {

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
        return SpreadsheetCsv.write(out, headers(), sink -> licenses.export(tenantId, subscriptionIds, sink),
                (LicenseHolderRow row) -> List.of(SpreadsheetCsv.inert(row.userName()),
                        SpreadsheetCsv.inert(row.userEmail()), row.productName(), row.productId(), row.subscriptionId(),
                        row.purchaserName() == null ? central : SpreadsheetCsv.inert(row.purchaserName()),
                        SpreadsheetCsv.inert(row.purchaserEmail()),
                        row.assignedSince().atOffset(ZoneOffset.UTC).toLocalDate()),
                progress);
    }

    private String[] headers() {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = translations.getTranslation("licenses.export.column." + COLUMNS[i], locale);
        }
        return headers;
    }

}
