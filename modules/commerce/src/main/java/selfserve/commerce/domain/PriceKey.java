package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import selfserve.commerce.api.Channel;
import selfserve.commerce.api.Term;

/** A price is one per product, channel, term and currency. (A class: EclipseLink 4.0 embeds no records.) */
@Embeddable
public class PriceKey implements Serializable {

    @Column(name = "PRODUCT_ID", length = 20)
    private String productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "TERM", length = 16)
    private Term term;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    protected PriceKey() {
        // for JPA
    }

    public String productId() { return productId; }
    public Channel channel() { return channel; }
    public Term term() { return term; }
    public String currency() { return currency; }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceKey key && productId.equals(key.productId) && channel == key.channel
                && term == key.term && currency.equals(key.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, channel, term, currency);
    }
}
