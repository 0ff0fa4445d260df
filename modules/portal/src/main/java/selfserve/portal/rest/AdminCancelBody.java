package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.CancelReason;

/** Why an admin cancels a subscription they took over. */
@Schema(name = "TakeOverCancel")
public record AdminCancelBody(CancelReason reason) {
}
