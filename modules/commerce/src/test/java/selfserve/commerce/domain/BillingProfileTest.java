package selfserve.commerce.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.CardUpdate;
import selfserve.identity.api.SelfServeException;

/** The rules of a billing profile and of a card's edit: a refused change keeps nothing. */
class BillingProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final BillingAddress ADDRESS = new BillingAddress(" Storgatan 1 ", "", "Göteborg", "411 01", "se");

    private static BillingProfile profile() {
        return new BillingProfile(UUID.randomUUID(), UUID.randomUUID(), " Contoso AB ", ADDRESS, "faktura@contoso.se", " ",
                null, NOW);
    }

    @Test
    void valuesAreCleanedUp() {
        BillingProfile profile = profile();
        assertEquals("Contoso AB", profile.organization());
        assertNull(profile.purchaseOrder(), "a blank purchase order is none");
        assertEquals(new BillingAddress("Storgatan 1", null, "Göteborg", "411 01", "SE"), profile.address());
        assertNull(new BillingProfile(UUID.randomUUID(), UUID.randomUUID(), "X", new BillingAddress(" ", null, null, "", null),
                "a@b.se", null, null, NOW).address(), "an empty address is no address");
    }

    @Test
    void aRefusedChangeKeepsEveryOldValue() {
        BillingProfile profile = profile();
        assertCode("BILLING_ORGANIZATION_INVALID", () -> profile.change(" ", ADDRESS, "new@contoso.se", null, null, NOW));
        assertCode("BILLING_ORGANIZATION_INVALID", () -> profile.change("x".repeat(201), ADDRESS, "new@contoso.se", null, null, NOW));
        assertCode("INVOICE_EMAIL_INVALID", () -> profile.change("New AB", ADDRESS, "not-an-email", null, null, NOW));
        assertCode("INVOICE_EMAIL_INVALID", () -> profile.change("New AB", ADDRESS, null, null, null, NOW));
        assertCode("PURCHASE_ORDER_TOO_LONG", () -> profile.change("New AB", ADDRESS, "a@b.se", "9".repeat(51), null, NOW));
        assertCode("ADDRESS_COUNTRY_INVALID", () -> profile.change("New AB", new BillingAddress(null, null, null, null, "XX"),
                "a@b.se", null, null, NOW));
        assertCode("ADDRESS_TOO_LONG", () -> profile.change("New AB", new BillingAddress("x".repeat(201), null, null, null, null),
                "a@b.se", null, null, NOW));
        assertEquals("Contoso AB", profile.organization());
        assertEquals("faktura@contoso.se", profile.invoiceEmail());
        assertEquals("SE", profile.address().country());
    }

    @Test
    void aCardEditNeedsAFutureExpiryASecurityCodeAndAName() {
        CardCheck.checkUpdate(new CardUpdate(11, 2026, "123", "Anna", null), CLOCK);
        assertCode("CARD_EXPIRED", () -> CardCheck.checkUpdate(new CardUpdate(10, 2026, "123", "Anna", null), CLOCK));
        assertCode("CARD_EXPIRED", () -> CardCheck.checkUpdate(new CardUpdate(13, 2027, "123", "Anna", null), CLOCK));
        assertCode("CARD_SECURITY_CODE_MISSING", () -> CardCheck.checkUpdate(new CardUpdate(1, 2027, " ", "Anna", null), CLOCK));
        assertCode("CARD_SECURITY_CODE_MISSING", () -> CardCheck.checkUpdate(new CardUpdate(1, 2027, "12a", "Anna", null), CLOCK));
        assertCode("CARD_NAME_MISSING", () -> CardCheck.checkUpdate(new CardUpdate(1, 2027, "123", "", null), CLOCK));
        assertCode("CARD_NAME_TOO_LONG", () -> CardCheck.checkUpdate(new CardUpdate(1, 2027, "123", "n".repeat(201), null), CLOCK));
        assertEquals("CardUpdate[securityCode=***, expiry=1/2027]", new CardUpdate(1, 2027, "987", "Anna", null).toString());
    }

    private static void assertCode(String code, Runnable change) {
        assertEquals(code, assertThrows(SelfServeException.class, change::run).code());
    }
}
