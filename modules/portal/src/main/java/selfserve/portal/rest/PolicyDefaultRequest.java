package selfserve.portal.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new tenant-wide default for every product without its own setting. */
@Schema(name = "PolicyUpdate")
public record PolicyDefaultRequest(
        @NotBlank @Schema(enumeration = {"Enabled", "OnlyTrialsWithoutPaymentMethod", "Disabled"}) String defaultValue) {
}
