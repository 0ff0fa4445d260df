package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import selfserve.commerce.api.CardDetails;
import selfserve.identity.api.SelfServeException;

class CardCheckTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"4242 4242 4242 4242, VISA", "4000-0000-0000-9995, VISA", "5555555555554444, MASTERCARD",
            "2223003122003222, MASTERCARD", "378282246310005, AMERICAN_EXPRESS", "3566002020360505, JCB",
            "6200000000000005, UNIONPAY"})
    void acceptsTheBrandsWeTake(String number, CardBrand brand) {
        assertEquals(brand, CardCheck.check(card(number, 12, 2028, "123"), clock));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"4242424242424241", "1234567812345678", "6011111111111117", "42424242", "4242 4242 4242 424x", "''"})
    void refusesNumbersThatFailLuhnOrAreNoBrandOfOurs(String number) {
        assertEquals("CARD_NUMBER_INVALID", refusal(card(number, 12, 2028, "123")));
    }

    @Test
    void theExpiryMonthItselfIsStillValid() {
        assertEquals(CardBrand.VISA, CardCheck.check(card("4242424242424242", 11, 2026, "123"), clock));
        assertEquals("CARD_EXPIRED", refusal(card("4242424242424242", 10, 2026, "123")));
        assertEquals("CARD_EXPIRED", refusal(card("4242424242424242", 13, 2027, "123")));
        assertEquals("CARD_EXPIRED", refusal(card("4242424242424242", 12, Integer.MIN_VALUE, "123")));
        assertEquals("CARD_EXPIRY_TOO_FAR", refusal(card("4242424242424242", 12, 2026 + 21, "123")));
        assertEquals("CARD_EXPIRY_TOO_FAR", refusal(card("4242424242424242", 12, Integer.MAX_VALUE, "123")));
    }

    @Test
    void aSecurityCodeAndANameAreRequired() {
        assertEquals("CARD_SECURITY_CODE_MISSING", refusal(card("4242424242424242", 12, 2028, "")));
        assertEquals("CARD_SECURITY_CODE_MISSING", refusal(card("4242424242424242", 12, 2028, "12")));
        assertEquals("CARD_NAME_MISSING", refusal(new CardDetails("4242424242424242", 12, 2028, "123", " ", null)));
    }

    @Test
    void aRefusalNeverRepeatsTheNumber() {
        SelfServeException refused = assertThrows(SelfServeException.class,
                () -> CardCheck.check(card("4242424242424241", 12, 2028, "123"), clock));
        assertEquals(0, refused.arguments().length);
        assertEquals("CardDetails[number=****, securityCode=***, expiry=12/2028]",
                card("4242424242424241", 12, 2028, "123").toString());
    }

    private String refusal(CardDetails card) {
        return assertThrows(SelfServeException.class, () -> CardCheck.check(card, clock)).code();
    }

    private static CardDetails card(String number, int month, int year, String securityCode) {
        return new CardDetails(number, month, year, securityCode, "Sam Carter", null);
    }
}
