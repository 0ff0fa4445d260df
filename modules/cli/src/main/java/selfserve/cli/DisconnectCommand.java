package selfserve.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code disconnect}: revokes the saved token on the server and deletes it from this computer. */
@Command(name = "disconnect", sortOptions = false)
final class DisconnectCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common; // accepted like on every other command; there is no JSON answer to print

    private final CliContext context;

    DisconnectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        Credentials credentials = context.savedCredentials();
        String notRevoked = credentials.expiredAt(Instant.now()) ? null : revoke(credentials);
        CredentialStore store = context.credentialStore();
        try {
            store.delete(); // also when revoking failed: the person asked for the token to leave this computer
        } catch (IOException e) {
            throw new CliException(ExitCodes.REFUSED, messages.get("error.credentialsNotDeleted", store.file(), e.getMessage()));
        }
        if (notRevoked != null) {
            context.err().println(messages.get("disconnect.notRevoked", credentials.server(), notRevoked));
            return ExitCodes.REFUSED;
        }
        if (!common.json) {
            context.out().println(messages.get("disconnect.done", credentials.server()));
        }
        return ExitCodes.OK;
    }

    /** @return why the token could not be revoked, or null when it was (or already was not valid) */
    private String revoke(Credentials credentials) {
        try {
            context.api(credentials).delete(ApiPath.of(null, "tokens", credentials.tokenId()));
            return null;
        } catch (ApiProblemException refused) {
            int status = refused.problem().status();
            if (status == 401 || status == 404) {
                return null; // expired, revoked elsewhere, or gone: nothing left to revoke
            }
            return new ProblemExplainer(context.messages()).explain(refused.problem(), Target.NONE).getMessage();
        } catch (CliException unreachable) {
            return unreachable.getMessage();
        }
    }
}
