package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.identity.api.ProductPolicy;

/** A product's policy as Get-MSCommerceProductPolicy prints it: PolicyId, ProductName, ProductId, PolicyValue. */
@Schema(name = "ProductPolicy")
public record ProductPolicyResponse(
        @Schema(examples = "AllowSelfServicePurchase") String policyId,
        @Schema(examples = "Power BI Pro") String productName,
        @Schema(description = "The product's current id, also when it was asked for by an older alias id",
                examples = "CFQ7TTC0H9MP") String productId,
        @Schema(enumeration = {"Enabled", "OnlyTrialsWithoutPaymentMethod", "Disabled"}) String policyValue,
        @Schema(description = "Whether the product has its own setting (false: it follows the tenant default)")
        boolean explicitlySet) {

    static ProductPolicyResponse of(ProductPolicy policy) {
        return new ProductPolicyResponse(policy.policyId(), policy.product().name(), policy.product().id(),
                policy.value().wireName(), policy.explicitlySet());
    }
}
