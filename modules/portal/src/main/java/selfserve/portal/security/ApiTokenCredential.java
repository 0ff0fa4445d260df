package selfserve.portal.security;

import jakarta.security.enterprise.credential.Credential;

/** A bearer API token presented with a REST call. */
public record ApiTokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "ApiTokenCredential[***]";
    }
}
