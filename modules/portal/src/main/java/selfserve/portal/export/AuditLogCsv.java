package selfserve.portal.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongConsumer;
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

    private static final String[] COLUMNS = {"time", "actor", "partnerTenant", "action", "actionCode", "target",
            "product", "before", "after", "correlationId"};

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
        return SpreadsheetCsv.write(out, headers(), sink -> log.export(tenantId, query, sink),
                (AuditItem item) -> List.of(item.occurredAt(), SpreadsheetCsv.inert(item.actorName()),
                        item.partnerTenantId() == null ? "" : item.partnerTenantId(),
                        translations.getTranslation("auditAction." + item.action(), locale), item.action(),
                        SpreadsheetCsv.inert(item.target()), item.productId() == null ? "" : item.productId(),
                        SpreadsheetCsv.inert(item.before()),
                        SpreadsheetCsv.inert(item.after()), SpreadsheetCsv.inert(item.correlationId())),
                progress);
    }

    private String[] headers() {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = translations.getTranslation("auditLog.export.column." + COLUMNS[i], locale);
        }
        return headers;
    }

}
