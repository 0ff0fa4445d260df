package selfserve.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import selfserve.commerce.api.Money;

class FactsTest {

    @Test
    void factsSurviveTheOutboxRowWithTheirTypes() {
        Facts facts = new Facts().text("product", "Power BI Pro = \"#1\"\nsecond line: ü 中文").number("quantity", 12)
                .amount("amount", new Money(new BigDecimal("1234.5"), "SEK")).day("renewsOn", Instant.parse("2027-03-05T10:00:00Z"))
                .key("reason", "notice.decline.DECLINED").note("  hej  ");
        Facts back = Facts.decode(facts.encode());
        assertEquals(facts, back);
        assertEquals(new Facts.Amount(new Money(new BigDecimal("1234.50"), "SEK")), back.get("amount"));
        assertEquals("hej", back.note());
        assertEquals(facts.encode(), back.encode(), "the same facts are the same text");
    }

    @Test
    void absentValuesAreLeftOut() {
        Facts facts = new Facts().text("admin", null).amount("amount", null).day("on", null).note("  ");
        assertNull(facts.get("admin"));
        assertNull(facts.note());
        assertEquals("", facts.encode());
    }
}
