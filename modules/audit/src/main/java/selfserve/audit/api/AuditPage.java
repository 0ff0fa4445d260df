package selfserve.audit.api;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param next where the next page starts; null when this page holds the last entries
 */
public record AuditPage(List<AuditItem> items, AuditPosition next) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
