package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.commerce.api.InvoicePdf;
import selfserve.commerce.api.InvoiceView;
import selfserve.commerce.api.Invoices;
import selfserve.commerce.domain.Invoice;
import selfserve.commerce.domain.Subscription;
import selfserve.commerce.internal.pdf.InvoiceDocument;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** A purchaser's own invoices, by date range, and each as a PDF. */
@Stateless
@RolesAllowed(Roles.USER)
public class InvoicesBean implements Invoices {

    @Inject
    private Profile profile;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private CommerceRepository repository;

    @Inject
    private InvoicePdfs pdfs;

    @Override
    public List<InvoiceView> mine(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > LONGEST_RANGE_DAYS) {
            throw SelfServeException.invalid("DATE_RANGE_INVALID", LONGEST_RANGE_DAYS);
        }
        List<Invoice> invoices = repository.invoicesOf(profile.current().userId(), from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<UUID, String> products = repository.productsOf(invoices.stream().map(Invoice::subscriptionId).collect(Collectors.toSet()));
        Map<String, String> names = names();
        return invoices.stream().map(invoice -> view(invoice, products.get(invoice.subscriptionId()), names)).toList();
    }

    @Override
    public InvoiceView mine(UUID invoiceId) {
        UUID caller = profile.current().userId();
        Invoice invoice = repository.invoice(invoiceId).filter(i -> i.isPurchasedBy(caller))
                .orElseThrow(() -> SelfServeException.notFound("INVOICE_NOT_FOUND"));
        String productId = repository.subscription(invoice.subscriptionId()).map(Subscription::productId).orElseThrow();
        return view(invoice, productId, names());
    }

    @Override
    public InvoicePdf pdf(UUID invoiceId, Locale locale) {
        Caller caller = profile.current();
        Invoice invoice = repository.invoice(invoiceId).filter(i -> i.isPurchasedBy(caller.userId()))
                .orElseThrow(() -> SelfServeException.notFound("INVOICE_NOT_FOUND"));
        Subscription subscription = repository.subscription(invoice.subscriptionId()).orElseThrow();
        String productName = catalog.product(subscription.productId()).map(Product::name).orElse(subscription.productId());
        // The card as it was charged, even if it was replaced or removed since.
        InvoiceDocument.Card paidBy = invoice.paymentMethodId() == null ? null
                : repository.paymentMethod(invoice.paymentMethodId())
                        .map(card -> new InvoiceDocument.Card(card.brand().name(), card.last4())).orElse(null);
        InvoiceDocument document = new InvoiceDocument(invoice.number(), invoice.issuedAt(), invoice.periodStart(),
                invoice.periodEnd(), billTo(caller), productName, subscription.term(), invoice.quantity(),
                subscription.unitPrice(), invoice.amount(), paidBy);
        return new InvoicePdf(invoice.number(), pdfs.render(document, locale));
    }

    /** The purchaser's billing profile; without one, the organization's name and the purchaser's email. */
    private InvoiceDocument.BillTo billTo(Caller caller) {
        return repository.billingProfileOf(caller.userId())
                .map(p -> new InvoiceDocument.BillTo(p.organization(), caller.displayName(), p.address(), p.invoiceEmail(),
                        p.purchaseOrder()))
                .orElseGet(() -> new InvoiceDocument.BillTo(caller.tenant().name(), caller.displayName(), null, caller.email(),
                        null));
    }

    private Map<String, String> names() {
        return catalog.products().stream().collect(Collectors.toMap(Product::id, Product::name));
    }

    private static InvoiceView view(Invoice invoice, String productId, Map<String, String> names) {
        return invoice.view(productId, names.getOrDefault(productId, productId));
    }
}
