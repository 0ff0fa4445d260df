package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.notifications.api.InAppNotices;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.rest.problem.Problem;

/** The caller's own notices (what the portal's bell shows): list them and mark them read. */
@Path("/v1/notices")
@Tag(name = "Notifications", description = "The caller's notices and, for admins, their delivery")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    private InAppNotices notices;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's notices", description = "Newest first, worded in the language of the request "
            + "(Accept-Language, else the caller's saved language), with the total and unread counts.")
    @APIResponse(responseCode = "400", description = "PAGE_INVALID: offset below 0 or limit outside 1 to 100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NoticesPageResponse mine(
            @Parameter(description = "true: only the unread ones",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("unreadOnly")
            String unreadOnlyFlag,
            @Parameter(description = "How many to skip") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "How many at most (1 to 100)") @QueryParam("limit") @DefaultValue("20") int limit) {
        boolean unreadOnly = QueryFlag.parse(unreadOnlyFlag, false, "unreadOnly");
        var page = notices.mine(language.of(request), unreadOnly, offset, limit).stream().map(NoticeResponse::of).toList();
        return new NoticesPageResponse(notices.count(unreadOnly), notices.count(true), offset, page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read")
    @APIResponse(responseCode = "204", description = "Marked (or it was read already)")
    @APIResponse(responseCode = "404", description = "NOTICE_NOT_FOUND: no notice of the caller's with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void markRead(@PathParam("id") UUID id) {
        notices.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every notice of the caller read")
    public MarkedReadResponse markAllRead() {
        int marked = notices.markAllRead();
        return new MarkedReadResponse(marked, notices.count(true));
    }
}
