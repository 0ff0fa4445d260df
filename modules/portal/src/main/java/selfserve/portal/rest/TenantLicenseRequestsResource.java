package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequestPage;
import selfserve.licensing.api.LicenseRequestStatus;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.licensing.api.SubscriptionSeats;
import selfserve.portal.rest.problem.Problem;

/**
 * The organization's license requests for its admins: Global, License and User admins and delegated
 * partners decide them, Global readers read them.
 */
@Path("/v1/tenant/license-requests")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantLicenseRequestsResource {

    @Inject
    private LicenseRequests requests;

    @GET
    @Operation(summary = "The organization's license requests", description = "Newest first: product, requester, date, "
            + "people and status. Without offset and limit: the first 50. The X-Total-Count header tells how many there "
            + "are under the same filter. Requests are kept for 12 months.")
    @APIResponse(responseCode = "400", description = "REQUEST_STATUS_INVALID, PAGE_OFFSET_INVALID, PAGE_LIMIT_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller handles no license requests",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own tenant when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "PENDING or COMPLETED; all when left out",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "COMPLETED"}))
            @QueryParam("status") String status,
            @Parameter(description = "How many to skip: 0 or more", schema = @Schema(defaultValue = "0", minimum = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "How many at most: 1 to 200",
                    schema = @Schema(defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("limit") String limit) {
        LicenseRequestPage page = requests.tenantRequests(tenantId, status(status),
                number(offset, 0, "PAGE_OFFSET_INVALID"), number(limit, LicenseRequestPage.DEFAULT_LIMIT, "PAGE_LIMIT_INVALID"));
        return Response.ok(page.items()).header(TenantPurchasesResource.TOTAL_COUNT, page.total()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One license request", description = "Same access as the list.")
    @APIResponse(responseCode = "404", description = "REQUEST_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicenseRequestView request(@PathParam("id") UUID id) {
        return requests.tenantRequest(id);
    }

    @GET
    @Path("/{id}/subscriptions")
    @Operation(summary = "Where the licenses may come from", description = "The organization's central running "
            + "subscriptions of the request's product, the one with most available licenses first. Admins do not give "
            + "licenses of a subscription a user bought (R-29).")
    @APIResponse(responseCode = "404", description = "REQUEST_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SubscriptionSeats> sources(@PathParam("id") UUID id) {
        return requests.sources(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a license request", description = "Approve all, approve some and deny others, or deny "
            + "all: every person of the request in approvedUserIds or deniedUserIds. The approved people get a license "
            + "of the chosen central subscription, all or none; people who hold the product already are approved "
            + "without a second license. The requester is told, with the message. Global, License and User admins and "
            + "delegated partners.")
    @APIResponse(responseCode = "200", description = "The request, completed")
    @APIResponse(responseCode = "400", description = "DECISION_INCOMPLETE, SUBSCRIPTION_REQUIRED, "
            + "SUBSCRIPTION_OTHER_PRODUCT, DECISION_MESSAGE_TOO_LONG, USER_NOT_ASSIGNABLE (someone was disabled since)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: a Global reader or no admin; PURCHASED_BY_USER: the "
            + "subscription is a user's purchase (R-29)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "REQUEST_NOT_FOUND, SUBSCRIPTION_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOT_ENOUGH_SEATS (with the number available; nothing changed), "
            + "REQUEST_ALREADY_DECIDED (another admin was first), SUBSCRIPTION_NOT_RUNNING, CONCURRENT_CHANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LicenseRequestView decide(@PathParam("id") UUID id, @NotNull RequestDecisionBody body) {
        return requests.decide(id, body.decision());
    }

    private static LicenseRequestStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LicenseRequestStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SelfServeException.invalid("REQUEST_STATUS_INVALID", text);
        }
    }

    /** A whole number from the query, or the default when it is left out; anything else is refused with the code. */
    private static int number(String text, int absent, String code) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw SelfServeException.invalid(code, LicenseRequestPage.MOST_LIMIT);
        }
    }
}
