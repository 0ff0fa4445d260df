package selfserve.cli;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connect}, like Connect-MSCommerce: signs in once with email and password, saves the API token it gets
 * for them (never the password), and says who is connected.
 */
@Command(name = "connect", sortOptions = false)
final class ConnectCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "<url>", required = true, descriptionKey = "server")
    private String server;

    @Option(names = "--email", paramLabel = "<email>", required = true, descriptionKey = "email")
    private String email;

    @Option(names = "--password-stdin", descriptionKey = "password-stdin")
    private boolean passwordStdin;

    private final CliContext context;

    ConnectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        String address = ServerAddress.normalize(server)
                .orElseThrow(() -> new CliException(ExitCodes.REFUSED, messages.get("error.invalidServer", server)));
        if (ServerAddress.isUnencryptedRemote(address)) {
            context.err().println(messages.get("connect.unencrypted", address));
        }
        char[] password = new PasswordReader(context).read(email, passwordStdin);
        Credentials credentials;
        try {
            credentials = new TokenIssuer(context).issue(address, email.trim(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Optional<Credentials> previous = previousConnection();
        save(credentials);
        previous.filter(old -> old.server().equals(address) && !old.tokenId().equals(credentials.tokenId()))
                .ifPresent(this::revokeQuietly);
        new ConnectionReport(context.out(), messages).print(credentials, me(credentials));
        return ExitCodes.OK;
    }

    private void save(Credentials credentials) {
        CredentialStore store = context.credentialStore();
        try {
            store.save(credentials);
        } catch (IOException | RuntimeException e) {
            revokeQuietly(credentials); // a token nobody holds should not stay valid
            throw new CliException(ExitCodes.REFUSED, context.messages().get("error.credentialsNotSaved", store.file(), e.getMessage()));
        }
    }

    private JsonObject me(Credentials credentials) {
        String answer = context.api(credentials).get(ApiPath.of(null, "me"));
        try {
            return JsonText.parse(answer).asJsonObject();
        } catch (JsonException | ClassCastException e) {
            throw new CliException(ExitCodes.REFUSED, context.messages().get("error.unexpectedAnswer"));
        }
    }

    /** Connecting again replaces the saved token; the old one is revoked so it does not linger valid on the server. */
    private Optional<Credentials> previousConnection() {
        try {
            return context.credentialStore().load();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private void revokeQuietly(Credentials credentials) {
        try {
            context.api(credentials).delete(ApiPath.of(null, "tokens", credentials.tokenId()));
        } catch (RuntimeException alreadyGoneOrUnreachable) {
            // nothing to do: it expires on its own
        }
    }
}
