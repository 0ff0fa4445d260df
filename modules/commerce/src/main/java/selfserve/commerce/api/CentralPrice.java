package selfserve.commerce.api;

/** A product the organization can buy centrally, with its central price for one term, in the tenant's currency. */
public record CentralPrice(String productId, String productName, Price price) {
}
