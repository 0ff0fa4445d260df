package selfserve.commerce.api;

import java.time.LocalDate;
import java.util.List;
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
}
