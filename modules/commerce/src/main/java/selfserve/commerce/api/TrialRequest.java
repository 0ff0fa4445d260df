package selfserve.commerce.api;

/**
 * A trial. Without a payment method ({@code payment} null) it needs a product that offers
 * such a trial and ends for good when it is over; with a card it becomes a paid subscription of
 * {@code quantity} licenses on {@code term} when it is over, unless canceled before.
 */
public record TrialRequest(String productId, int quantity, Term term, Payment payment) {

    public static TrialRequest withoutPaymentMethod(String productId) {
        return new TrialRequest(productId, 0, Term.MONTHLY, null);
    }
}
