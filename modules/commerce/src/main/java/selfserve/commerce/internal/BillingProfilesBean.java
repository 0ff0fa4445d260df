package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import selfserve.commerce.api.BillingProfileChange;
import selfserve.commerce.api.BillingProfileView;
import selfserve.commerce.api.BillingProfiles;
import selfserve.commerce.domain.BillingProfile;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;

/** The caller's own billing profile: nobody reads or changes another person's. */
@Stateless
@RolesAllowed(Roles.USER)
public class BillingProfilesBean implements BillingProfiles {

    @Inject
    private Profile profile;

    @Inject
    private CommerceRepository repository;

    @Inject
    private CommerceAudit audit;

    @Inject
    private Clock clock;

    @Override
    public BillingProfileView mine() {
        Caller caller = profile.current();
        return repository.billingProfileOf(caller.userId()).map(BillingProfile::view).orElseGet(() -> proposal(caller));
    }

    /** What a first save starts from: the organization, the newest card's address and the person's email. */
    private BillingProfileView proposal(Caller caller) {
        List<PaymentMethod> cards = repository.paymentMethodsOf(caller.userId());
        PaymentMethod newest = cards.isEmpty() ? null : cards.getFirst();
        return new BillingProfileView(false, caller.tenant().name(), newest == null ? null : newest.address(), caller.email(),
                null, newest == null ? null : newest.id(), null);
    }

    @Override
    public BillingProfileView save(BillingProfileChange change) {
        if (change == null) {
            throw SelfServeException.invalid("BILLING_ORGANIZATION_INVALID", BillingProfile.LONGEST_ORGANIZATION);
        }
        Caller caller = profile.current();
        UUID defaultCard = change.defaultPaymentMethodId();
        if (defaultCard != null && repository.paymentMethod(defaultCard).filter(card -> card.isOwnedBy(caller.userId())).isEmpty()) {
            throw SelfServeException.notFound("PAYMENT_METHOD_NOT_FOUND");
        }
        Instant now = clock.instant();
        var existing = repository.billingProfileOf(caller.userId());
        if (existing.isPresent()) {
            BillingProfile saved = existing.get();
            String before = saved.summary();
            saved.change(change.organization(), change.address(), change.invoiceEmail(), change.purchaseOrder(), defaultCard, now);
            audit.byCaller(caller, CommerceAudit.BILLING_PROFILE_CHANGED, saved.id().toString(), before, saved.summary());
            return saved.view();
        }
        BillingProfile created = new BillingProfile(caller.tenant().id(), caller.userId(), change.organization(), change.address(),
                change.invoiceEmail(), change.purchaseOrder(), defaultCard, now);
        repository.add(created);
        audit.byCaller(caller, CommerceAudit.BILLING_PROFILE_CREATED, created.id().toString(), null, created.summary());
        return created.view();
    }
}
