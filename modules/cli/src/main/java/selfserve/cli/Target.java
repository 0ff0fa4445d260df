package selfserve.cli;

import java.util.UUID;

/** What a command asked about; any part may be null. */
record Target(String policyId, String productId, UUID tenantId, String policyValue) {

    static final Target NONE = new Target(null, null, null, null);
}
