package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy as Get-MSCommercePolicy prints it: PolicyId, Description, DefaultValue. */
@Schema(name = "Policy")
public record PolicyResponse(
        @Schema(examples = "AllowSelfServicePurchase") String policyId,
        @Schema(description = "In the caller's language") String description,
        @Schema(description = "The tenant's value for every product without its own setting",
                enumeration = {"Enabled", "OnlyTrialsWithoutPaymentMethod", "Disabled"}) String defaultValue) {
}
