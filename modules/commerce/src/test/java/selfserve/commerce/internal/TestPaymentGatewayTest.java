package selfserve.commerce.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.CardDetails;
import selfserve.commerce.api.DeclineReason;
import selfserve.commerce.api.Money;

class TestPaymentGatewayTest {

    private final TestPaymentGateway gateway = new TestPaymentGateway();
    private final Money amount = new Money(new BigDecimal("42.00"), "USD");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"4000 0000 0000 9995, INSUFFICIENT_FUNDS", "4000000000000069, EXPIRED_CARD",
            "4000000000009979, STOLEN_CARD", "4000000000000002, DECLINED"})
    void declinesTheDocumentedTestNumbers(String number, DeclineReason reason) {
        String token = gateway.tokenize(card(number));

        assertEquals(reason, gateway.charge(token, amount, "ref").declined());
        assertFalse(token.contains(number.replace(" ", "")), "a token never carries the number");
    }

    @Test
    void approvesAnyOtherCardWithAChargeId() {
        String token = gateway.tokenize(card("4242424242424242"));
        var charge = gateway.charge(token, amount, "ref");

        assertTrue(charge.isApproved());
        assertTrue(charge.chargeId().startsWith("ch_test_"));
        assertFalse(token.contains("4242424242424242"));
    }

    private static CardDetails card(String number) {
        return new CardDetails(number, 12, 2030, "123", "Sam Carter", null);
    }
}
