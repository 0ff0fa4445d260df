package selfserve.portal.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which unused licenses to take back, and whether their holders are told first. */
@Schema(name = "Reclaim")
public record ReclaimBody(@Schema(maxItems = 500) List<UUID> assignmentIds,
                          @Schema(description = "Tell each holder first and reclaim after graceDays, unless they sign in")
                          boolean notifyFirst,
                          @Schema(description = "1 to 30; only with notifyFirst") int graceDays) {
}
