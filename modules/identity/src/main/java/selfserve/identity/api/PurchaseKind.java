package selfserve.identity.api;

/** What a person wants to start: a purchase (a trial with a card counts as one), or a trial without payment method. */
public enum PurchaseKind { PURCHASE, TRIAL_WITHOUT_PAYMENT_METHOD }
