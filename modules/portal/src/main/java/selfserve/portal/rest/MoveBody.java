package selfserve.portal.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a take-over moves the users: a running subscription of the same product. */
@Schema(name = "MoveUsers")
public record MoveBody(UUID targetSubscriptionId) {
}
