package selfserve.identity.api;

/** One product with what it means for the caller. */
public record ProductEligibility(Product product, EligibilityDecision purchase, EligibilityDecision trial) {
}
