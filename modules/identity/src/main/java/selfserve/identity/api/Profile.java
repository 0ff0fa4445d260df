package selfserve.identity.api;

/** The signed-in caller's own profile. */
public interface Profile {

    Caller current();

    /** Saves the caller's language, used from their next sign-in on. */
    void saveLocale(SupportedLocale locale);
}
