package selfserve.commerce.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
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

    @Override
    public String tokenize(CardDetails card) {
        DeclineReason decline = DECLINING_NUMBERS.get(CardCheck.digitsOf(card.number()));
        String random = UUID.randomUUID().toString().replace("-", "");
        return decline == null ? "tok_test_" + random : DECLINING_PREFIX + decline.name() + "_" + random;
    }

    @Override
    public Charge charge(String token, Money amount, String reference) {
        if (token.startsWith(DECLINING_PREFIX)) {
            String reason = token.substring(DECLINING_PREFIX.length(), token.lastIndexOf('_'));
            return Charge.declined(DeclineReason.valueOf(reason));
        }
        return Charge.approved("ch_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public void voidCharge(String chargeId) {
        LOG.info(() -> "Test gateway: charge " + chargeId + " voided");
    }
}
