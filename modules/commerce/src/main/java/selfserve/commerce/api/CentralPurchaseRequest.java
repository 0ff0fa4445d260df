package selfserve.commerce.api;

/** A central purchase by an admin for the organization: the product (id or alias), licenses and term. */
public record CentralPurchaseRequest(String productId, int quantity, Term term) {
}
