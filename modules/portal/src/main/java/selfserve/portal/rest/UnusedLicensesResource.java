package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.licensing.api.UnusedLicense;
import selfserve.licensing.api.UnusedLicenses;
import selfserve.portal.rest.problem.Problem;

/** Licenses nobody uses: held by disabled people or people who have not signed in for a while, and reclaiming them. */
@Path("/v1/tenant/unused-licenses")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class UnusedLicensesResource {

    @Inject
    private UnusedLicenses unused;

    @GET
    @Operation(summary = "Unused licenses", description = "Current licenses whose holder is disabled or has not signed in "
            + "with a password for the given number of days, assigned at least that long ago (new starters are not "
            + "flagged). Every admin role and delegated partners.")
    @APIResponse(responseCode = "400", description = "DAYS_OUT_OF_RANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UnusedLicense> report(@Parameter(description = "1 to 3650") @QueryParam("days") @DefaultValue("30") int days,
                                      @QueryParam("tenantId") UUID tenantId) {
        return unused.report(tenantId, days);
    }

    @POST
    @Path("/reclaim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reclaim unused licenses", description = "Of central subscriptions only (a subscription a user "
            + "bought is taken over first). At once, or with notifyFirst after a grace period unless the holder signs in "
            + "before. All or nothing; answers how many. Global, License and User admins, and delegated partners.")
    @APIResponse(responseCode = "400", description = "NO_LICENSES_CHOSEN, TOO_MANY_LICENSES_AT_ONCE, GRACE_DAYS_OUT_OF_RANGE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "PURCHASED_BY_USER, FORBIDDEN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "LICENSE_NOT_FOUND (not a current license of the tenant), "
            + "TENANT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReclaimedResponse reclaim(@QueryParam("tenantId") UUID tenantId, @NotNull ReclaimBody body) {
        return new ReclaimedResponse(unused.reclaim(tenantId, body.assignmentIds(), body.notifyFirst(), body.graceDays()),
                body.notifyFirst());
    }

    /** How many licenses were reclaimed, or announced to be. */
    @Schema(name = "Reclaimed")
    public record ReclaimedResponse(int licenses, boolean announced) {
    }
}
