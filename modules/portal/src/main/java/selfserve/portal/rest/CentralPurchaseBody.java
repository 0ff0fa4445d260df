package selfserve.portal.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CentralPurchaseRequest;
import selfserve.commerce.api.Term;

/** A central purchase for the organization, billed to it by invoice: no card. */
@Schema(name = "CentralPurchaseRequest")
public record CentralPurchaseBody(
        @NotBlank @Schema(description = "Current or older product id", examples = "CFQ7TTC0H9MP") String productId,
        @Schema(description = "Licenses, 1 to 10000", examples = "25") int quantity,
        @Schema(description = "MONTHLY when left out") Term term) {

    CentralPurchaseRequest toRequest() {
        return new CentralPurchaseRequest(productId, quantity, term);
    }
}
