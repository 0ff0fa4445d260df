package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import selfserve.commerce.api.Money;
import selfserve.commerce.api.Price;

/** A price of the price list, reference data that the migrations maintain. */
@Entity
@Table(name = "COM_PRICE")
public class PriceEntry {

    @EmbeddedId
    private PriceKey id;

    /** Per license per month. */
    @Column(name = "AMOUNT", precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;

    protected PriceEntry() {
        // for JPA
    }

    public Price toPrice() {
        return new Price(id.productId(), id.channel(), id.term(), new Money(amount, id.currency()));
    }
}
