package selfserve.portal.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The people a request assigns licenses to or takes them back from: 1 to 20 user ids. */
@Schema(name = "UserIds")
public record UserIdsBody(@Schema(minItems = 1, maxItems = 20) List<UUID> userIds) {
}
