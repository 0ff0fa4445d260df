package selfserve.licensing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SelfServeException;

class RequestFlowTest {

    private static final UUID ADMIN = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

    @Test
    void theOwnFlowNeedsAMessageAndAnHttpsLink() {
        RequestFlow flow = new RequestFlow(UUID.randomUUID());

        flow.change(true, " Ask the service desk. ", "https://servicedesk.contoso.se/licenses?x=1", ADMIN, NOW);

        assertTrue(flow.isOwnFlow());
        assertEquals("Ask the service desk.", flow.message());
        assertEquals("https://servicedesk.contoso.se/licenses?x=1", flow.link());
        assertEquals("FLOW_MESSAGE_REQUIRED", code(() -> flow.change(true, " ", "https://contoso.se", ADMIN, NOW)));
        assertEquals("FLOW_MESSAGE_TOO_LONG", code(() -> flow.change(true, "x".repeat(501), "https://contoso.se", ADMIN, NOW)));
        assertEquals("FLOW_LINK_INVALID", code(() -> flow.change(true, "Ask us", null, ADMIN, NOW)));
        assertEquals("Ask the service desk.", flow.message(), "a refused change changes nothing");
    }

    @Test
    void switchingOffKeepsTheWordsForNextTime() {
        RequestFlow flow = new RequestFlow(UUID.randomUUID());
        flow.change(true, "Ask us", "https://contoso.se", ADMIN, NOW);

        flow.change(false, "Ask us", "https://contoso.se", ADMIN, NOW);
        assertFalse(flow.isOwnFlow());
        assertEquals("https://contoso.se", flow.link());

        flow.change(false, null, null, ADMIN, NOW);
        assertFalse(flow.isOwnFlow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://contoso.se", "javascript:alert(1)", "https://", "https://user:pw@contoso.se",
            "contoso.se/licenses", "https://contoso.se/a b", "ftp://contoso.se", "//contoso.se"})
    void onlyAnAbsoluteHttpsLinkIsTaken(String link) {
        assertEquals("FLOW_LINK_INVALID", code(() -> HttpsLink.of(link)));
    }

    @Test
    void aLinkIsAtMostFiveHundredCharacters() {
        String longest = "https://contoso.se/" + "a".repeat(500 - "https://contoso.se/".length());
        assertEquals(longest, HttpsLink.of(longest));
        assertEquals("FLOW_LINK_INVALID", code(() -> HttpsLink.of(longest + "a")));
        assertEquals("HTTPS://contoso.se", HttpsLink.of(" HTTPS://contoso.se "), "any case of the scheme, blanks dropped");
    }

    private static String code(Runnable action) {
        return assertThrows(SelfServeException.class, action::run).code();
    }
}
