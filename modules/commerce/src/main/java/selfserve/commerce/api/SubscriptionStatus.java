package selfserve.commerce.api;

/**
 * Where a subscription is in its life. A trial and an active subscription run; the others ended: it ran
 * out (expired), its purchaser canceled it, or an admin took it over and canceled it (deleted, R-30, R-31).
 */
public enum SubscriptionStatus { TRIAL, ACTIVE, EXPIRED, CANCELED, DELETED }
