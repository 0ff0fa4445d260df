package selfserve.identity.api;

/** What anyone may ask of the directory before signing in. */
public interface Directory {

    /** Whether this email is the sign-in name of a user of any tenant (the first step of buying, R-17). */
    boolean isUser(String email);
}
