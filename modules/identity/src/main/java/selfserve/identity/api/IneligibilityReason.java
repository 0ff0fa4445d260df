package selfserve.identity.api;

/** Why a person may not buy a product by self-service: stable codes, translated for the person. */
public enum IneligibilityReason implements Localizable {
    GUEST,
    DISABLED,
    GOVERNMENT_TENANT,
    EDUCATION_TENANT,
    UNMANAGED_TENANT,
    COUNTRY_NOT_SUPPORTED,
    PRODUCT_NOT_IN_COUNTRY,
    POLICY_DISABLED,
    POLICY_TRIALS_ONLY;

    @Override
    public String messageKey() {
        return "eligibility." + name();
    }

    /** Whether an admin's policy setting is the reason, so that asking for a license can help. */
    public boolean isPolicy() {
        return this == POLICY_DISABLED || this == POLICY_TRIALS_ONLY;
    }
}
