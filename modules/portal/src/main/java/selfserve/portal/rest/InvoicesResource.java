package selfserve.portal.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import selfserve.commerce.api.InvoicePdf;
import selfserve.commerce.api.Invoices;
import selfserve.identity.api.SelfServeException;
import selfserve.portal.i18n.RequestLanguage;
import selfserve.portal.rest.problem.Problem;
import selfserve.portal.rest.problem.Problems;

/** The caller's invoices, each also as a PDF. */
@Path("/v1/invoices")
@Tag(name = "Commerce")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    static final String PDF = "application/pdf";
    static final String PDF_FONT_MISSING = "PDF_FONT_MISSING";

    /** The original's default range. */
    static final int DEFAULT_MONTHS = 3;

    @Inject
    private Invoices invoices;

    @Inject
    private Clock clock;

    @Inject
    private RequestLanguage language;

    @Inject
    private Problems problems;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's invoices", description = "Issued in a date range (UTC, both days included), "
            + "newest first; the past 3 months when the range is left out.")
    @APIResponse(responseCode = "400", description = "DATE_RANGE_INVALID: ends before it starts or longer than 366 days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InvoiceResponse> mine(@Parameter(description = "First day, e.g. 2026-08-22") @QueryParam("from") String from,
                                      @Parameter(description = "Last day, e.g. 2026-11-22") @QueryParam("to") String to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : day(to);
        LocalDate first = from == null ? last.minusMonths(DEFAULT_MONTHS) : day(from);
        return invoices.mine(first, last).stream().map(InvoiceResponse::of).toList();
    }

    private static LocalDate day(String isoDate) {
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException malformed) {
            throw SelfServeException.invalid("DATE_RANGE_INVALID", Invoices.LONGEST_RANGE_DAYS);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's invoices")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvoiceResponse one(@PathParam("id") UUID id) {
        return InvoiceResponse.of(invoices.mine(id));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "One of the caller's invoices as a PDF", description = "In the caller's language (Accept-Language, "
            + "else their saved language), with amounts and dates written for that language in the invoice's currency, billed "
            + "to their billing profile. Saved as <invoice number>.pdf.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND: not an invoice of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "PDF_FONT_MISSING: the server cannot read the fonts PDFs need",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("id") UUID id) {
        InvoicePdf pdf;
        try {
            pdf = invoices.pdf(id, language.of(request).locale());
        } catch (SelfServeException refused) {
            if (PDF_FONT_MISSING.equals(refused.code())) {
                // Not the caller's fault and not lasting: the server lacks a font file (its log names it).
                return problems.response(request, Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), refused.code());
            }
            throw refused;
        }
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}
