package selfserve.identity.api;

/** The admin roles a user can hold inside their tenant. Everyone else holds none. */
public enum Role {
    GLOBAL_ADMIN(Roles.GLOBAL_ADMIN),
    BILLING_ADMIN(Roles.BILLING_ADMIN),
    GLOBAL_READER(Roles.GLOBAL_READER),
    LICENSE_ADMIN(Roles.LICENSE_ADMIN),
    USER_ADMIN(Roles.USER_ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name used with {@code @RolesAllowed} and {@code isUserInRole}. */
    public String roleName() {
        return roleName;
    }
}
