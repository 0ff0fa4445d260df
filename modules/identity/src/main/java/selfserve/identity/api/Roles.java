package selfserve.identity.api;

/**
 * The security role names, as constants so that {@code @RolesAllowed} can use them. Every signed-in
 * person has {@link #USER}; {@link #PARTNER} is held by users with a delegation over another tenant.
 */
public final class Roles {

    public static final String USER = "USER";
    public static final String PARTNER = "PARTNER";
    public static final String GLOBAL_ADMIN = "GLOBAL_ADMIN";
    public static final String BILLING_ADMIN = "BILLING_ADMIN";
    public static final String GLOBAL_READER = "GLOBAL_READER";
    public static final String LICENSE_ADMIN = "LICENSE_ADMIN";
    public static final String USER_ADMIN = "USER_ADMIN";

    private Roles() {
    }
}
