package selfserve.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** One line of a licenses export: who holds a license of which subscription, bought by whom, since when. */
public record LicenseHolderRow(String userName, String userEmail, String productId, String productName,
                               UUID subscriptionId, String purchaserName, String purchaserEmail, Instant assignedSince) {
}
