package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.audit.api.AuditLog;
import selfserve.audit.api.AuditPage;
import selfserve.audit.api.AuditPosition;
import selfserve.audit.api.AuditQuery;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.audit.AuditFilters;
import selfserve.portal.export.AuditLogCsv;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.i18n.Translations;
import selfserve.portal.rest.problem.Problem;

/**
 * The tenant's audit log (issue 7): every entry, filtered, newest first, a page at a time by cursor, and as
 * CSV. Read only: entries are append-only, so this path answers nothing but GET (other methods get 405).
 */
@Path("/v1/tenant/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private AuditLog log;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private Translations translations;

    @Inject
    private RequestLanguage language;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The tenant's audit log", description = "Every audit entry of the tenant (sign-ins, purchases, "
            + "trials, changes, cancellations, policy changes, assignments, take-overs, requests, reclaims), newest first, "
            + "filtered by time range, actor, action and product or target. Pages by cursor: pass `next` as `cursor` for "
            + "the next page, equally fast at any depth. Global admins, Global readers and delegated partners.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "AUDIT_TIME_INVALID, AUDIT_TIME_RANGE_INVALID, AUDIT_ACTION_UNKNOWN, "
            + "AUDIT_CURSOR_INVALID or PAGE_LIMIT_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the caller is no Global admin or reader of their tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "TENANT_NOT_FOUND (not the caller's, not delegated to them) or "
            + "PRODUCT_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public AuditPageResponse entries(
            @Parameter(description = "The customer tenant a partner acts for; the caller's own when left out")
            @QueryParam("tenantId") UUID tenantId,
            @Parameter(description = "From this time on: an ISO instant (2026-11-01T08:00:00Z) or a day (2026-11-01, UTC)")
            @QueryParam("from") String from,
            @Parameter(description = "Before this time: an ISO instant, or a day (UTC), which is then included")
            @QueryParam("to") String to,
            @Parameter(description = "Part of the actor's email, in any case") @QueryParam("actor") String actor,
            @Parameter(description = "An action code such as PURCHASE; repeat for several") @QueryParam("action")
            List<String> actions,
            @Parameter(description = "A product id: entries about the product, its subscriptions, their licenses and "
                    + "its license requests")
            @QueryParam("product") String product,
            @Parameter(description = "A target id: a subscription, user, request or product id; "
                    + "with `product`, the entries of either") @QueryParam("target")
            String target,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 500") @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditQuery query = query(from, to, actor, actions, product, target);
        AuditPage page = log.page(tenantId, query, position(cursor), checked(limit));
        Locale locale = language.of(request).locale();
        return new AuditPageResponse(page.items().stream()
                .map(item -> AuditEntryResponse.of(item, translations.getTranslation("auditAction." + item.action(), locale)))
                .toList(), page.next() == null ? null : page.next().encode());
    }

    @GET
    @Path("/export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the audit log as CSV", description = "The entries the same filters select, newest "
            + "first: UTF-8 with a byte order mark, column and action names in the caller's language, times in UTC. "
            + "Streamed, so millions of entries download in constant server memory.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV))
    public Response export(@QueryParam("tenantId") UUID tenantId, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("action") List<String> actions, @QueryParam("product") String product,
                           @QueryParam("target") String target) {
        AuditQuery query = query(from, to, actor, actions, product, target);
        log.page(tenantId, query, null, 1); // refuses before a byte is sent
        AuditLogCsv csv = new AuditLogCsv(translations, language.of(request).locale());
        StreamingOutput body = out -> csv.write(log, tenantId, query, out, written -> { });
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(csv.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private AuditQuery query(String from, String to, String actor, List<String> actions, String product, String target) {
        return AuditFilters.query(AuditFilters.time(from, false), AuditFilters.time(to, true), actor,
                AuditFilters.actions(actions), AuditFilters.product(catalog, product),
                target == null || target.isBlank() ? Set.of() : Set.of(target.strip()));
    }

    private static AuditPosition position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return AuditPosition.decode(cursor.strip());
        } catch (IllegalArgumentException malformed) {
            throw SelfServeException.invalid("AUDIT_CURSOR_INVALID");
        }
    }

    static int checked(int limit) {
        if (limit < 1 || limit > AuditLog.LARGEST_PAGE) {
            throw SelfServeException.invalid("PAGE_LIMIT_INVALID", AuditLog.LARGEST_PAGE);
        }
        return limit;
    }
}
