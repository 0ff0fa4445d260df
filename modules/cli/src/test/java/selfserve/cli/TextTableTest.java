package selfserve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsLineUpByTerminalCellsAlsoForChineseText() {
        String table = TextTable.render(List.of("PolicyId", "Description", "DefaultValue"), List.of(
                List.of("AllowSelfServicePurchase", "允许用户自助购买", "Enabled"),
                List.of("Short", "x", "Disabled")));

        assertEquals(String.join(System.lineSeparator(),
                "PolicyId                  Description       DefaultValue",
                "--------                  -----------       ------------",
                "AllowSelfServicePurchase  允许用户自助购买  Enabled",
                "Short                     x                 Disabled",
                ""), table);
    }

    @Test
    void serverTextCannotBreakLinesOrSteerTheTerminal() {
        String table = TextTable.render(List.of("A", "B"), List.of(List.of("one\ntwo", "\u001b[31mred")));

        assertEquals("one two   [31mred", table.lines().toList().get(2), "the escape character became a space");
    }

    @Test
    void anEmptyListIsJustTheHeaders() {
        assertEquals(2, TextTable.render(List.of("PolicyId"), List.of()).lines().count());
    }
}
