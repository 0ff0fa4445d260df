package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.EventCursor;
import selfserve.audit.api.EventPage;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.rest.problem.Problem;

/**
 * The events feed (issue 7): the tenant's purchase, trial, cancellation, take-over, policy and license request
 * events in the order they were recorded, for an admin's own tools or a SIEM to follow with a cursor.
 */
@Path("/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    @Inject
    private AuditLog log;

    @GET
    @Operation(summary = "Follow the tenant's events", description = "Events after the cursor, oldest first. Start "
            + "without `after`; then always ask with the `cursor` of the last answer, also when it held no events. "
            + "Following this way sees every event once, in order, with no gaps: an event is handed out only once no "
            + "earlier-numbered entry can still appear (an entry whose transaction is still running holds back the "
            + "ones after it, at most `selfserve.events.settle-seconds`, 240 s by default). `more` says whether to ask "
            + "again at once. Types: PURCHASE, CENTRAL_PURCHASE, QUANTITY_CHANGED, CENTRAL_QUANTITY_CHANGED, "
            + "TRIAL_STARTED, TRIAL_CONVERTED, TRIAL_ENDED, SUBSCRIPTION_CANCELED, CENTRAL_SUBSCRIPTION_CANCELED, "
            + "SUBSCRIPTION_TAKEN_OVER, LICENSED_USERS_MOVED, LICENSED_USERS_CENTRALIZED, POLICY_CHANGED, "
            + "POLICY_DEFAULT_CHANGED, LICENSE_REQUESTED, LICENSE_REQUEST_EXTENDED, LICENSE_REQUEST_DECIDED, "
            + "LICENSE_REQUEST_FLOW_CHANGED. Global admins, Global readers and delegated partners.")
    @APIResponse(responseCode = "200", description = "A page of events and the cursor to ask with next")
    @APIResponse(responseCode = "400", description = "EVENTS_CURSOR_INVALID or PAGE_LIMIT_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no Global admin or reader of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND: not the caller's tenant, and not delegated to them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPageResponse events(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "The cursor of the previous answer; from the first event when left out")
            @QueryParam("after") String after,
            @Parameter(description = "1 to 500") @QueryParam("limit") @DefaultValue("100") int limit) {
        EventPage page = log.events(tenantId, cursor(after), AuditResource.checked(limit));
        return new EventPageResponse(page.events().stream().map(EventResponse::of).toList(), page.cursor().encode(),
                page.more());
    }

    private static EventCursor cursor(String after) {
        if (after == null || after.isBlank()) {
            return EventCursor.START;
        }
        try {
            return EventCursor.decode(after.strip());
        } catch (IllegalArgumentException malformed) {
            throw SelfServeException.invalid("EVENTS_CURSOR_INVALID");
        }
    }
}
