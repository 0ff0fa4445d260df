package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import selfserve.commerce.domain.BillingProfile;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.identity.api.Caller;

/**
 * A person who saves a card (on their first purchase, say) and has no billing profile yet gets one: the
 * organization's name, the card's billing address, their own email for invoices, and this card as the
 * default. Someone whose profile has no default card (it was removed) gets this one as the default. The
 * request that saved the card audits this with it, as one operation.
 */
@ApplicationScoped
public class BillingProfileOnFirstCard {

    @Inject
    private CommerceRepository repository;

    /** Answers, for the audit entry, what became of the billing profile; empty when nothing changed. */
    Optional<String> startWith(Caller caller, PaymentMethod card, Instant now) {
        Optional<BillingProfile> existing = repository.billingProfileOf(caller.userId());
        if (existing.isEmpty()) {
            BillingProfile profile = new BillingProfile(caller.tenant().id(), caller.userId(), caller.tenant().name(),
                    card.address(), caller.email(), null, card.id(), now);
            repository.add(profile);
            return Optional.of("billing profile created: " + profile.summary());
        }
        BillingProfile profile = existing.get();
        if (profile.defaultPaymentMethodId() != null) {
            return Optional.empty();
        }
        profile.defaultTo(card.id(), now);
        return Optional.of("billing profile now: " + profile.summary());
    }
}
