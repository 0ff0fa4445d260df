package selfserve.commerce.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepTheirCurrencysDecimals() {
        assertEquals(new BigDecimal("14.00"), new Money(new BigDecimal("14"), "USD").amount());
        assertEquals(new BigDecimal("147"), new Money(new BigDecimal("147"), "JPY").amount());
    }

    @Test
    void aTermCostsItsMonthsTimesTheLicenses() {
        Price annual = new Price("CFQ7TTC0H9MP", Channel.SELF_SERVICE, Term.ANNUAL, new Money(new BigDecimal("14.00"), "USD"));
        Price monthly = new Price("CFQ7TTC0H9MP", Channel.SELF_SERVICE, Term.MONTHLY, new Money(new BigDecimal("16.80"), "USD"));

        assertEquals(new Money(new BigDecimal("504.00"), "USD"), annual.forTerm(3));
        assertEquals(new Money(new BigDecimal("50.40"), "USD"), monthly.forTerm(3));
    }
}
