package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.identity.api.UserStatus;

/** Whether a person can sign in: ACTIVE, or DISABLED (their purchases run on, R-26). */
@Schema(name = "UserStatusChange")
public record UserStatusBody(@Schema(enumeration = {"ACTIVE", "DISABLED"}) UserStatus status) {
}
