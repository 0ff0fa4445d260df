package selfserve.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void theActorIsMatchedInAnyCaseAndBlankMeansAnyone() {
        assertEquals("anna@contoso", new AuditQuery(null, null, "  Anna@Contoso ", null, null, null).actor());
        assertNull(new AuditQuery(null, null, " ", null, null, null).actor());
    }

    @Test
    void aRangeMustRunForwardAndActionsMustBeKnown() {
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(T, T, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(T.plusSeconds(1), T, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, Set.of("DROP_TABLE"), null, null));
        assertEquals(Set.of("PURCHASE"), new AuditQuery(T, T.plusSeconds(1), null, Set.of("PURCHASE"), null, null).actions());
    }

    @Test
    void theCatalogueHasNoDuplicatesAndTheFeedOnlyKnownCodes() {
        assertEquals(AuditActions.ALL.size(), new HashSet<>(AuditActions.ALL).size());
        assertTrue(AuditActions.ALL.containsAll(AuditActions.EVENTS));
        assertTrue(AuditActions.EVENTS.contains("PURCHASE") && !AuditActions.EVENTS.contains("SIGN_IN"));
    }
}
