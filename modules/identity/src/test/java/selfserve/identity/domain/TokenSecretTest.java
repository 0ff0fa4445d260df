package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void secretsAreLongRandomAndPrefixed() {
        String one = TokenSecret.generate();

        assertTrue(one.startsWith(TokenSecret.PREFIX));
        assertEquals(TokenSecret.PREFIX.length() + 43, one.length(), "256 bits, Base64url without padding");
        assertNotEquals(one, TokenSecret.generate());
    }

    @Test
    void hashIsStableHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecret.hash("abc"));
    }
}
