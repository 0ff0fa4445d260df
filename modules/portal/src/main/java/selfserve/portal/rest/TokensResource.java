package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.identity.api.ApiTokens;
import selfserve.identity.api.IssuedApiToken;
import selfserve.portal.rest.problem.Problem;

/** The caller's API tokens: obtain one once with a password, then use it for every call. */
@Path("/v1/tokens")
@Tag(name = "Tokens", description = "API tokens for scripts, the CLI and benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    private ApiTokens tokens;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token", description = "The answer holds the secret, which is not shown again.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no label, or a validity outside 1–365 days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@NotNull @Valid TokenRequest request) {
        Duration validity = request.validityDays() == null ? null : Duration.ofDays(request.validityDays());
        IssuedApiToken issued = tokens.issue(request.label(), validity);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(TokenResponse.issued(issued))
                .build();
    }

    @GET
    @Operation(summary = "The caller's tokens", description = "Newest first, without their secrets.")
    public List<TokenResponse> mine() {
        return tokens.mine().stream().map(TokenResponse::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token", description = "It stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token of the caller (TOKEN_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
    }
}
