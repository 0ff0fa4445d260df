package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import selfserve.commerce.domain.IdempotentRequest;
import selfserve.commerce.domain.PurchaseFingerprint;
import selfserve.identity.api.Caller;
import selfserve.identity.api.SelfServeException;

/** The rules of the Idempotency-Key every money-moving request carries. */
@ApplicationScoped
public class IdempotentRequests {

    private static final Pattern WELL_FORMED_KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Inject
    private CommerceRepository repository;

    @Inject
    private Clock clock;

    /**
     * The caller's earlier request under this key (the description of a request is kept as a digest): the same request is answered again, another one is
     * refused ({@code IDEMPOTENCY_KEY_REUSED}); a missing or malformed key is refused too.
     */
    Optional<IdempotentRequest> earlier(Caller caller, String key, String fingerprint) {
        if (key == null || !WELL_FORMED_KEY.matcher(key).matches()) {
            throw SelfServeException.invalid("IDEMPOTENCY_KEY_REQUIRED");
        }
        Optional<IdempotentRequest> earlier = repository.idempotentRequest(caller.userId(), key);
        if (earlier.isPresent() && !earlier.get().isFor(PurchaseFingerprint.digest(fingerprint))) {
            throw SelfServeException.unprocessable("IDEMPOTENCY_KEY_REUSED");
        }
        return earlier;
    }

    /**
     * Claims the key before any money moves; a concurrent request with it waits on the unique key, then fails
     * its transaction (a purchase is then run again and answers the first receipt, see PurchasesBean).
     */
    IdempotentRequest claim(Caller caller, String key, String fingerprint) {
        IdempotentRequest request = new IdempotentRequest(caller.userId(), key, PurchaseFingerprint.digest(fingerprint),
                clock.instant());
        repository.claim(request);
        return request;
    }
}
