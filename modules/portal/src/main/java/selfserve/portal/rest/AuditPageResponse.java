package selfserve.portal.rest;

import java.util.List;

/**
 * A page of the audit log, newest first.
 *
 * @param next the cursor of the next page ({@code ?cursor=}); null after the last entry
 */
public record AuditPageResponse(List<AuditEntryResponse> entries, String next) {
}
