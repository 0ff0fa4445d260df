package selfserve.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Map;

/** What one run of the CLI works with: its environment, streams and language, and the saved connection. */
record CliContext(Map<String, String> environment, InputStream stdin, PrintStream out, PrintStream err,
                  Messages messages) {

    CredentialStore credentialStore() {
        return CredentialStore.in(environment);
    }

    /** The saved connection, also an expired one; fails with exit code 2 when there is none. */
    Credentials savedCredentials() {
        CredentialStore store = credentialStore();
        try {
            return store.load().orElseThrow(() -> new CliException(ExitCodes.NOT_CONNECTED, messages.get("error.notConnected")));
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.NOT_CONNECTED, messages.get("error.credentialsUnreadable", store.file()));
        }
    }

    /** A client signed in with the saved token; fails with exit code 2 when not connected or expired. */
    ApiClient connectedApi() {
        Credentials credentials = savedCredentials();
        if (credentials.expiredAt(Instant.now())) {
            throw new CliException(ExitCodes.NOT_CONNECTED, messages.get("error.signInExpired"));
        }
        return api(credentials);
    }

    ApiClient api(Credentials credentials) {
        return new ApiClient(credentials.server(), Authorization.bearer(credentials.token()), messages);
    }
}
