package selfserve.audit.api;

/**
 * Writes audit entries. An entry joins the caller's transaction, so it is kept exactly when the
 * change it describes is kept. Entries are never changed or deleted.
 */
public interface AuditTrail {

    void record(AuditRecord record);
}
