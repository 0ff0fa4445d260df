package selfserve.commerce.domain;

import java.math.BigDecimal;
import selfserve.commerce.api.Channel;

/** What the database summed for one channel and product over one range of invoices (a row of a GROUP BY). */
public record SpendSum(Channel channel, String productId, BigDecimal amount) {
}
