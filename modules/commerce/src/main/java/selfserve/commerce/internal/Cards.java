package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.Payment;
import selfserve.commerce.domain.AddressCheck;
import selfserve.commerce.domain.CardBrand;
import selfserve.commerce.domain.CardCheck;
import selfserve.commerce.domain.PaymentMethod;
import selfserve.identity.api.Caller;
import selfserve.identity.api.SelfServeException;

/**
 * The card a request pays with: the caller's own saved one, or a new one checked, tokenized and kept. A
 * person's first card also starts their billing profile, in the same transaction and audit entry.
 */
@ApplicationScoped
public class Cards {

    @Inject
    private CommerceRepository repository;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private Clock clock;

    @Inject
    private BillingProfileOnFirstCard billingProfiles;

    /** Kept only if the caller's transaction commits; another person's saved card is not found. */
    ChosenCard of(Caller caller, Payment payment, Instant now) {
        return switch (payment) {
            case Payment.SavedCard saved -> new ChosenCard(repository.paymentMethod(saved.paymentMethodId())
                    .filter(method -> method.isOwnedBy(caller.userId()))
                    .orElseThrow(() -> SelfServeException.notFound("PAYMENT_METHOD_NOT_FOUND")), null);
            case Payment.NewCard newCard -> {
                CardDetails card = newCard.card();
                CardBrand brand = CardCheck.check(card, clock);
                String digits = CardCheck.digitsOf(card.number());
                BillingAddress address = AddressCheck.check(card.address());
                PaymentMethod method = new PaymentMethod(caller.tenant().id(), caller.userId(), gateway.tokenize(card), brand,
                        digits.substring(digits.length() - 4), card.expiryMonth(), card.expiryYear(), card.nameOnCard(),
                        address, now);
                repository.add(method);
                yield new ChosenCard(method, method.summary()
                        + billingProfiles.startWith(caller, method, now).map(profile -> "; " + profile).orElse(""));
            }
            case null -> throw SelfServeException.invalid("CARD_NUMBER_INVALID");
        };
    }
}
