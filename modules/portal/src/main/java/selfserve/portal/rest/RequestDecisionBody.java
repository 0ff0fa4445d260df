package selfserve.portal.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.licensing.api.RequestDecision;

/** An admin's decision on a license request: every person it names approved or denied. */
@Schema(name = "RequestDecisionBody")
public record RequestDecisionBody(
        @Schema(description = "The people who get a license") List<UUID> approvedUserIds,
        @Schema(description = "The people who do not") List<UUID> deniedUserIds,
        @Schema(description = "A central running subscription of the product with enough available licenses; needed "
                + "when anyone is approved") UUID subscriptionId,
        @Schema(description = "Told to the requester; optional, plain text, at most 1000 characters", maxLength = 1000)
        String message) {

    RequestDecision decision() {
        return new RequestDecision(approvedUserIds == null ? null : java.util.Set.copyOf(approvedUserIds),
                deniedUserIds == null ? null : java.util.Set.copyOf(deniedUserIds), subscriptionId, message);
    }
}
