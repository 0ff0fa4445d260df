package selfserve.commerce.api;

/** What one license of a product costs per month on one channel and term. */
public record Price(String productId, Channel channel, Term term, Money perLicensePerMonth) {

    /** What a whole term of {@code quantity} licenses costs. */
    public Money forTerm(int quantity) {
        return perLicensePerMonth.times((long) quantity * term.months());
    }
}
