package selfserve.identity.api;

/** A member of the tenant, or a guest from outside. */
public enum UserKind { MEMBER, GUEST }
