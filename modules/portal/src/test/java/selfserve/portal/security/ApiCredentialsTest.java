package selfserve.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiCredentialsTest {

    @Test
    void bearerTokenInAnyCase() {
        Credential credential = ApiCredentials.from("bearer sst_abc ").orElseThrow();

        assertEquals(new ApiTokenCredential("sst_abc"), credential);
    }

    @Test
    void basicWithAColonInThePassword() {
        String encoded = Base64.getEncoder().encodeToString("anna@contoso.se:pa:ss".getBytes(StandardCharsets.UTF_8));

        UsernamePasswordCredential credential =
                assertInstanceOf(UsernamePasswordCredential.class, ApiCredentials.from("Basic " + encoded).orElseThrow());
        assertEquals("anna@contoso.se", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer ", "Basic !!!", "Basic " + "bm9jb2xvbg==", "Digest abc", "Negotiate x"})
    void nothingUsable(String header) {
        assertTrue(ApiCredentials.from(header).isEmpty());
    }

    @Test
    void tokenNeverShowsInToString() {
        assertEquals("ApiTokenCredential[***]", new ApiTokenCredential("sst_secret").toString());
    }
}
