package selfserve.identity.api;

import java.util.UUID;

/** The directory of people: what anyone may ask before signing in, and what user admins change. */
public interface Directory {

    /** Whether this email is the sign-in name of a user of any tenant (the first step of buying, R-17). */
    boolean isUser(String email);

    /**
     * Disables or enables a person of a tenant the caller administers as Global admin or User admin (or as
     * a partner by delegation); {@code tenantId} null means the caller's own. A disabled person cannot sign
     * in and their API tokens stop working; what they bought runs on. A person of another
     * tenant is {@code USER_NOT_FOUND}; the caller cannot disable themselves ({@code CANNOT_DISABLE_SELF}).
     */
    UserStatus changeStatus(UUID tenantId, UUID userId, UserStatus status);
}
