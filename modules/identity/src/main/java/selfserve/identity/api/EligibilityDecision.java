package selfserve.identity.api;

import java.util.Optional;

/** Whether a person may buy (or try) a product, and if not, why. */
public record EligibilityDecision(IneligibilityReason reason) {

    public static final EligibilityDecision ELIGIBLE = new EligibilityDecision(null);

    public static EligibilityDecision refused(IneligibilityReason reason) {
        return new EligibilityDecision(reason);
    }

    public boolean eligible() {
        return reason == null;
    }

    public Optional<IneligibilityReason> refusal() {
        return Optional.ofNullable(reason);
    }
}
