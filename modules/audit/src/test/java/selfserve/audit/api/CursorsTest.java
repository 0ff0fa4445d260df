package selfserve.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void anAuditPositionSurvivesItsOpaqueForm() {
        AuditPosition position = new AuditPosition(Instant.parse("2026-11-22T03:04:05.123456Z"), 4711);
        String cursor = position.encode();

        assertFalse(cursor.contains("4711"), "opaque");
        assertEquals(position, AuditPosition.decode(cursor));
    }

    @Test
    void anEventCursorSurvivesItsOpaqueForm() {
        assertEquals(new EventCursor(123_456_789_012L), EventCursor.decode(new EventCursor(123_456_789_012L).encode()));
        assertEquals(EventCursor.START, EventCursor.decode(EventCursor.START.encode()));
    }

    @Test
    void malformedCursorsAreRefused() {
        for (String bad : new String[] {"", "x", "!!!", new AuditPosition(Instant.EPOCH, 1).encode()}) {
            assertThrows(IllegalArgumentException.class, () -> EventCursor.decode(bad), bad);
        }
        for (String bad : new String[] {"", "abc", EventCursor.START.encode()}) {
            assertThrows(IllegalArgumentException.class, () -> AuditPosition.decode(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new EventCursor(-1));
    }
}
