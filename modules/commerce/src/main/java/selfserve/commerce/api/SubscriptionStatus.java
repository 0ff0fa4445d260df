package selfserve.commerce.api;

/** Where a subscription is in its life. */
public enum SubscriptionStatus { TRIAL, ACTIVE, EXPIRED, CANCELED }
