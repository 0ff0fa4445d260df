package selfserve.commerce.api;

/** Why a purchaser cancels, from the list the cancel page offers. */
public enum CancelReason { NO_LONGER_NEEDED, TOO_EXPENSIVE, MISSING_FEATURES, SWITCHING_PRODUCT, BOUGHT_BY_MISTAKE, OTHER }
