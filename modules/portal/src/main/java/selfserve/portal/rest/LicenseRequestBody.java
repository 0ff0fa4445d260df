package selfserve.portal.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member asks for licenses of a product for themselves and/or colleagues. */
@Schema(name = "LicenseRequestBody")
public record LicenseRequestBody(
        @Schema(description = "The product's id or an older alias id", example = "CFQ7TTC0MM8R") String productId,
        @Schema(description = "1 to 20 active members of the caller's organization; the caller may be one of them",
                minItems = 1, maxItems = 20) List<UUID> userIds,
        @Schema(description = "Optional, plain text, at most 500 characters", maxLength = 500) String note) {
}
