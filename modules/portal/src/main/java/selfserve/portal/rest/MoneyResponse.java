package selfserve.portal.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import selfserve.commerce.api.Money;

/** An amount in a currency; the amount is an exact decimal. */
@Schema(name = "Money")
public record MoneyResponse(@Schema(examples = "16.80") BigDecimal amount, @Schema(examples = "USD") String currency) {

    static MoneyResponse of(Money money) {
        return new MoneyResponse(money.amount(), money.currency());
    }
}
