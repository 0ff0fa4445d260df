package selfserve.portal.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new value for a product's policy, as Update-MSCommerceProductPolicy -Value takes it. */
@Schema(name = "ProductPolicyUpdate")
public record PolicyValueRequest(
        @NotBlank @Schema(enumeration = {"Enabled", "OnlyTrialsWithoutPaymentMethod", "Disabled"}) String policyValue) {
}
