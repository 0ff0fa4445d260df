package selfserve.identity.api;

import java.util.Arrays;
import java.util.Optional;

/** The values of the AllowSelfServicePurchase policy, with the names MSCommerce uses on the wire. */
public enum PolicyValue {
    /** Buying and trials are allowed. */
    ENABLED("Enabled"),
    /** Only trials that need no payment method; no purchase, and no purchase when the trial ends. */
    ONLY_TRIALS_WITHOUT_PAYMENT_METHOD("OnlyTrialsWithoutPaymentMethod"),
    /** Neither buying nor trials. */
    DISABLED("Disabled");

    private final String wireName;

    PolicyValue(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The value with this wire name, ignoring case. */
    public static Optional<PolicyValue> ofWireName(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
