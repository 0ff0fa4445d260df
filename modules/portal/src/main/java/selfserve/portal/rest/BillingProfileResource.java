package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.BillingProfileView;
import selfserve.commerce.api.BillingProfiles;
import selfserve.portal.rest.problem.Problem;

/** The caller's billing profile: what their invoices are billed to. */
@Path("/v1/billing-profile")
@Tag(name = "Billing", description = "Billing profile, saved cards and invoice PDFs")
@Produces(MediaType.APPLICATION_JSON)
public class BillingProfileResource {

    @Inject
    private BillingProfiles billingProfiles;

    @GET
    @Operation(summary = "The caller's billing profile", description = "saved=false until it is saved or the first card is "
            + "added: then the values are a proposal (the organization's name, the newest card's address, the caller's email).")
    public BillingProfileView mine() {
        return billingProfiles.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change the caller's billing profile", description = "Invoices and their PDFs are billed "
            + "to it from then on.")
    @APIResponse(responseCode = "400", description = "BILLING_ORGANIZATION_INVALID, INVOICE_EMAIL_INVALID, "
            + "PURCHASE_ORDER_TOO_LONG, ADDRESS_TOO_LONG, ADDRESS_COUNTRY_INVALID; nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PAYMENT_METHOD_NOT_FOUND: the default card is not one of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BillingProfileView save(@NotNull BillingProfileBody body) {
        return billingProfiles.save(body.toChange());
    }
}
