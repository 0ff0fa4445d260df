package selfserve.portal.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the credential of a REST call from its {@code Authorization} header: Bearer token or HTTP Basic. */
final class ApiCredentials {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private ApiCredentials() {
    }

    /** The credential in the header; empty when there is none or it cannot be read. */
    static Optional<Credential> from(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (startsWithIgnoringCase(authorization, BEARER)) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(new ApiTokenCredential(token));
        }
        if (startsWithIgnoringCase(authorization, BASIC)) {
            return basic(authorization.substring(BASIC.length()).strip());
        }
        return Optional.empty();
    }

    private static Optional<Credential> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
