package selfserve.identity.api;

import java.util.Map;
import java.util.UUID;

/**
 * Announced in demo mode once the demo directory exists, in the transaction that made sure of it, so
 * that other modules can add their demo data for the same people.
 *
 * @param people the demo accounts by sign-in name
 */
public record DemoDirectorySeeded(Map<String, DemoPerson> people) {

    /** A demo account as other modules need it. */
    public record DemoPerson(UUID userId, UUID tenantId, String currency) {
    }

    public DemoDirectorySeeded {
        people = Map.copyOf(people);
    }
}
