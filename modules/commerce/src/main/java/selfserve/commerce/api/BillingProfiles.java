package selfserve.commerce.api;

/** The caller's own billing profile: view it, create or change it. Nobody sees another person's. */
public interface BillingProfiles {

    /** The saved profile, or the proposal a first save starts from. */
    BillingProfileView mine();

    /**
     * Creates or replaces the caller's profile. Refused with nothing changed: {@code BILLING_ORGANIZATION_INVALID},
     * {@code INVOICE_EMAIL_INVALID}, {@code PURCHASE_ORDER_TOO_LONG}, {@code ADDRESS_TOO_LONG},
     * {@code ADDRESS_COUNTRY_INVALID}, {@code PAYMENT_METHOD_NOT_FOUND} (a default card that is not theirs).
     */
    BillingProfileView save(BillingProfileChange change);
}
