package selfserve.identity.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whom SelfServe itself tells about something: the person behind a user id with the email, language and
 * tenant currency a notice needs. Asked by the notifications module while it writes a notice, which may
 * be for a person's own request or for SelfServe's own work (a renewal) with nobody signed in.
 */
public interface Recipients {

    /** The user with this id, in whichever tenant; empty if there is none. */
    Optional<Recipient> recipient(UUID userId);

    /** The active users of the tenant who hold one of the roles, ordered by email. */
    List<Recipient> holdersOf(UUID tenantId, Set<Role> roles);

    /**
     * A person as a notice addresses them.
     *
     * @param locale   the user's saved language, or the tenant's default (a BCP 47 tag)
     * @param currency the tenant's currency (ISO 4217)
     * @param active   false for a disabled user, who gets no more mail
     */
    record Recipient(UUID userId, UUID tenantId, String tenantName, String displayName, String email, String locale,
                     String currency, boolean active) {
    }
}
