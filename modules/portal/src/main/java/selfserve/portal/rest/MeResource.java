package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.Profile;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.rest.problem.Problem;

/** The caller's own identity. */
@Path("/v1/me")
@Tag(name = "Me", description = "Who is calling")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Profile profile;

    @GET
    @Operation(summary = "The caller", description = "User id, name, email, tenant, roles, language and, for a "
            + "partner, the customer tenants they administer.")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No or invalid credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeResponse me() {
        return MeResponse.of(profile.current());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's language", description = "Used by the portal from the next sign-in on.")
    @APIResponse(responseCode = "200", description = "The caller, changed")
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unsupported language (UNSUPPORTED_LOCALE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeResponse update(@NotNull @Valid MeUpdate update) {
        SupportedLocale locale = SupportedLocale.ofTag(update.locale())
                .orElseThrow(() -> SelfServeException.invalid("UNSUPPORTED_LOCALE", update.locale()));
        profile.saveLocale(locale);
        return MeResponse.of(profile.current());
    }
}
