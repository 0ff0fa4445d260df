package selfserve.identity.api;

import java.util.UUID;

/** A tenant as others see it: its id and display name. */
public record TenantRef(UUID id, String name) {
}
