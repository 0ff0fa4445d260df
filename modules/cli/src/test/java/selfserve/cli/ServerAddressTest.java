package selfserve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void addressesAreStoredWithoutATrailingSlash() {
        assertEquals(Optional.of("http://localhost:9080"), ServerAddress.normalize("http://localhost:9080/"));
        assertEquals(Optional.of("https://selfserve.example.com/portal"), ServerAddress.normalize(" HTTPS://selfserve.example.com/portal/ "));
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHost() {
        assertEquals(Optional.empty(), ServerAddress.normalize("localhost:9080"));
        assertEquals(Optional.empty(), ServerAddress.normalize("ftp://example.com"));
        assertEquals(Optional.empty(), ServerAddress.normalize("https://user:secret@example.com"));
        assertEquals(Optional.empty(), ServerAddress.normalize("http://exa mple.com"));
    }

    @Test
    void plainHttpIsFlaggedOnlyForOtherMachines() {
        assertTrue(ServerAddress.isUnencryptedRemote("http://selfserve.example.com"));
        assertFalse(ServerAddress.isUnencryptedRemote("http://localhost:9080"));
        assertFalse(ServerAddress.isUnencryptedRemote("http://127.0.0.1:9080"));
        assertFalse(ServerAddress.isUnencryptedRemote("https://selfserve.example.com"));
    }
}
