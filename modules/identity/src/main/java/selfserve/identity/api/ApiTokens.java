package selfserve.identity.api;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * API tokens let scripts, the CLI and benchmarks call the REST API without paying for a password hash
 * on every request. A token's secret is shown once, when it is issued, and stored only as a hash.
 */
public interface ApiTokens {

    Duration DEFAULT_VALIDITY = Duration.ofDays(30);
    Duration LONGEST_VALIDITY = Duration.ofDays(365);

    /** Issues a token for the caller; refused with {@code TOKEN_VALIDITY_OUT_OF_RANGE} past a year. */
    IssuedApiToken issue(String label, Duration validity);

    /** The caller's tokens, newest first, without their secrets. */
    List<ApiTokenInfo> mine();

    /** Revokes one of the caller's tokens; another user's token is answered as not found. */
    void revoke(UUID tokenId);
}
