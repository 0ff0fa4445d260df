package selfserve.commerce.api;

/** A self-service purchase: the product (id or alias), how many licenses, the term, and the card. */
public record PurchaseRequest(String productId, int quantity, Term term, Payment payment) {
}
