package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesTheAlgorithmAndAtLeast600000Iterations() {
        String[] parts = hasher.hash("correct horse").split("\\$");

        assertEquals("pbkdf2-sha256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, "iterations: " + parts[1]);
        assertEquals(4, parts.length);
    }

    @Test
    void matchesTheRightPasswordOnly() {
        String stored = hasher.hash("SelfServe-demo-2026");

        assertTrue(hasher.matches("SelfServe-demo-2026", stored));
        assertFalse(hasher.matches("selfserve-demo-2026", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void verifiesWithTheIterationCountStoredInTheHash() {
        String olderHash = new PasswordHasher(1_000).hash("kept");

        assertTrue(hasher.matches("kept", olderHash));
    }

    @Test
    void malformedOrMissingHashesMatchNothing() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches(null, hasher.hash("x")));
        assertFalse(hasher.matches("x", "plain-text"));
        assertFalse(hasher.matches("x", "pbkdf2-sha256$many$salt$hash"));
        assertFalse(hasher.matches("x", "md5$1$AAAA$AAAA"));
    }
}
