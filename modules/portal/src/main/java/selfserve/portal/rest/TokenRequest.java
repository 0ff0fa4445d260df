package selfserve.portal.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a new API token. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @NotBlank @Size(max = 100) @Schema(description = "What the token is for", examples = "nightly export") String label,
        @Min(1) @Max(365) @Schema(description = "Days until it expires; 30 when left out") Integer validityDays) {
}
