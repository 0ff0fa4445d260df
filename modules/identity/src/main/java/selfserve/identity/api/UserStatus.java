package selfserve.identity.api;

/** A disabled user cannot sign in and their API tokens stop working. */
public enum UserStatus { ACTIVE, DISABLED }
