package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.DeclineReason;
import selfserve.commerce.api.Money;
import selfserve.commerce.domain.CardCheck;

/**
 * The built-in gateway, for demos and tests: it approves every card except the documented test numbers,
 * which it declines as their issuers would. The decline is carried in the token, so it holds across
 * restarts (a declined renewal, say) without the gateway keeping any state. It never sees a real card
 * network and logs no card data.
 *
 * <table>
 *   <caption>Test numbers (any future expiry, any security code)</caption>
 *   <tr><td>4000 0000 0000 9995</td><td>declined: insufficient funds</td></tr>
 *   <tr><td>4000 0000 0000 0069</td><td>declined: expired card</td></tr>
 *   <tr><td>4000 0000 0000 9979</td><td>declined: stolen card</td></tr>
 *   <tr><td>4000 0000 0000 0002</td><td>declined: no reason given</td></tr>
 *   <tr><td>any other valid number, e.g. 4242 4242 4242 4242</td><td>approved</td></tr>
 * </table>
 * A saved card is verified again (when its holder edits it) unless its number declines, or the security
 * code given is {@value #INCORRECT_SECURITY_CODE}, which the test issuer calls incorrect.
 */
@ApplicationScoped
public class TestPaymentGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(TestPaymentGateway.class.getName());
    private static final Map<String, DeclineReason> DECLINING_NUMBERS = Map.of(
            "4000000000009995", DeclineReason.INSUFFICIENT_FUNDS,
            "4000000000000069", DeclineReason.EXPIRED_CARD,
            "4000000000009979", DeclineReason.STOLEN_CARD,
            "4000000000000002", DeclineReason.DECLINED);
    private static final String DECLINING_PREFIX = "tok_test_decline_";
    static final String INCORRECT_SECURITY_CODE = "000";

    @Override
    public String tokenize(CardDetails card) {
        DeclineReason decline = DECLINING_NUMBERS.get(CardCheck.digitsOf(card.number()));
        String random = UUID.randomUUID().toString().replace("-", "");
        return decline == null ? "tok_test_" + random : DECLINING_PREFIX + decline.name() + "_" + random;
    }

    @Override
    public Optional<DeclineReason> verify(String token, int expiryMonth, int expiryYear, String securityCode) {
        if (token.startsWith(DECLINING_PREFIX)) {
            return Optional.of(declineOf(token));
        }
        return INCORRECT_SECURITY_CODE.equals(securityCode == null ? null : securityCode.strip())
                ? Optional.of(DeclineReason.INCORRECT_SECURITY_CODE) : Optional.empty();
    }

    @Override
    public Charge charge(String token, Money amount, String reference) {
        if (token.startsWith(DECLINING_PREFIX)) {
            return Charge.declined(declineOf(token));
        }
        return Charge.approved("ch_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    private static DeclineReason declineOf(String token) {
        return DeclineReason.valueOf(token.substring(DECLINING_PREFIX.length(), token.lastIndexOf('_')));
    }

    @Override
    public void voidCharge(String chargeId) {
        LOG.info(() -> "Test gateway: charge " + chargeId + " voided");
    }
}
