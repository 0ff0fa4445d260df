package selfserve.licensing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import selfserve.identity.api.SignedIn;

/** Someone whose unused license is announced to be reclaimed signed in after all: it stays theirs. */
@ApplicationScoped
public class ReclaimCanceller {

    @Inject
    private LicensingRepository repository;

    void on(@Observes SignedIn signedIn) {
        repository.keepLicensesOf(signedIn.userId());
    }
}
