package selfserve.commerce.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A purchaser's own invoices; nobody sees another purchaser's. Dates are in UTC. */
public interface Invoices {

    /** The longest range one request may ask for. */
    int LONGEST_RANGE_DAYS = 366;

    /**
     * The caller's invoices issued from {@code from} to {@code to} (both included), newest first. A range
     * that ends before it starts or is longer than {@value #LONGEST_RANGE_DAYS} days is refused
     * ({@code DATE_RANGE_INVALID}).
     */
    List<InvoiceView> mine(LocalDate from, LocalDate to);

    /** One of the caller's invoices; anyone else's is {@code INVOICE_NOT_FOUND}. */
    InvoiceView mine(UUID invoiceId);

    /**
     * One of the caller's invoices as a PDF in the given language (en, zh-CN, zh-TW or sv-SE; another
     * falls back to the closest of them), with amounts and dates written the way that language writes
     * them and the texts from its bundle. It is billed to the caller's billing profile, or to the
     * organization and the purchaser where there is none. {@code INVOICE_NOT_FOUND} for anyone else's;
     * {@code PDF_FONT_MISSING} (422) when the server cannot read the font the PDF needs.
     */
    InvoicePdf pdf(UUID invoiceId, Locale locale);
}
