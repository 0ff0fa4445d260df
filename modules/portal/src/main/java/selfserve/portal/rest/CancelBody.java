package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CancelReason;

/** Why the purchaser cancels, with optional feedback of at most 1000 characters. */
@Schema(name = "Cancellation")
public record CancelBody(CancelReason reason, String feedback) {
}
