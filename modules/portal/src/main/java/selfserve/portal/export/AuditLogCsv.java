package selfserve.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import selfserve.audit.api.AuditItem;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditQuery;
import selfserve.portal.i18n.Translations;

/**
 * The audit log as CSV: UTF-8 with a byte order mark, column names and action names in the reader's
 * language, times as ISO instants in UTC, newest first, written while the audit log reads a page at a time
 * so that memory stays flat however many entries there are. Every text a person or a caller typed (names,
 * targets, summaries) is kept from running as a spreadsheet formula.
 */
public final class AuditLogCsv {

    static final int PROGRESS_EVERY = 10_000;

    private static final String[] COLUMNS = {"time", "actor", "partnerTenant", "action", "actionCode", "target",
            "before", "after", "correlationId"};

    private final Translations translations;
    private final Locale locale;

    public AuditLogCsv(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    public String fileName() {
        return translations.getTranslation("auditLog.export.fileName", locale) + ".csv";
    }

    /** Writes the entries of the query to {@code out}, telling {@code progress} now and then; returns the count. */
    public long write(AuditLog log, UUID tenantId, AuditQuery query, OutputStream out, LongConsumer progress) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers()).get());
            long[] rows = {0};
            log.export(tenantId, query, item -> {
                print(csv, item);
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
            headers[i] = translations.getTranslation("auditLog.export.column." + COLUMNS[i], locale);
        }
        return headers;
    }

    private void print(CSVPrinter csv, AuditItem item) {
        try {
            csv.printRecord(item.occurredAt(), text(item.actorName()),
                    item.partnerTenantId() == null ? "" : item.partnerTenantId(),
                    translations.getTranslation("auditAction." + item.action(), locale), item.action(),
                    text(item.target()), text(item.before()), text(item.after()), text(item.correlationId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : LicenseHoldersCsv.inert(value);
    }
}
