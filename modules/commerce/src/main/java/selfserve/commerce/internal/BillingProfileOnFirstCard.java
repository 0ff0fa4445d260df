package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import selfserve.commerce.domain.BillingProfile;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.identity.api.Caller;

/**
 * A person who saves a card (on their first purchase, say) and has no billing profile yet gets one: the
 * organization's name, the card's billing address, their own email for invoices, and this card as the
 * default. Someone whose profile has no default card (it was removed) gets this one as the default.
 */
@ApplicationScoped
public class BillingProfileOnFirstCard {

    @Inject
    private CommerceRepository repository;

    @Inject
    private CommerceAudit audit;

    void startWith(Caller caller, PaymentMethod card, Instant now) {
        repository.billingProfileOf(caller.userId()).ifPresentOrElse(profile -> {
            if (profile.defaultPaymentMethodId() == null) {
                String before = profile.summary();
                profile.defaultTo(card.id(), now);
                audit.byCaller(caller, CommerceAudit.BILLING_PROFILE_CHANGED, profile.id().toString(), before, profile.summary());
            }
        }, () -> {
            BillingProfile profile = new BillingProfile(caller.tenant().id(), caller.userId(), caller.tenant().name(),
                    card.address(), caller.email(), null, card.id(), now);
            repository.add(profile);
            audit.byCaller(caller, CommerceAudit.BILLING_PROFILE_CREATED, profile.id().toString(), null, profile.summary());
        });
    }
}
