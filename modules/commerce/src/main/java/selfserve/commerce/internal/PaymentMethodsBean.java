package selfserve.commerce.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import selfserve.commerce.api.PaymentMethods;
import selfserve.commerce.api.SavedCard;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;

/** A purchaser's own saved cards, shown as brand, last four digits and expiry. */
@Stateless
@RolesAllowed(Roles.USER)
public class PaymentMethodsBean implements PaymentMethods {

    @Inject
    private Profile profile;

    @Inject
    private CommerceRepository repository;

    @Override
    public List<SavedCard> mine() {
        return repository.paymentMethodsOf(profile.current().userId()).stream().map(PaymentMethod::view).toList();
    }
}
