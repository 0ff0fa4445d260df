package selfserve.commerce.api;

/** Who buys: a person by self-service with a card, or the organization centrally, by invoice. */
public enum Channel { SELF_SERVICE, CENTRAL }
