package selfserve.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Gets the password without showing it: typed at the console, or piped in by a script ({@code --password-stdin}). */
final class PasswordReader {

    private final CliContext context;

    PasswordReader(CliContext context) {
        this.context = context;
    }

    char[] read(String email, boolean fromStandardInput) {
        char[] password = fromStandardInput ? firstLineOfStandardInput() : typedAtConsole(email);
        if (password == null || password.length == 0) {
            throw new CliException(ExitCodes.REFUSED, context.messages().get("error.noPassword"));
        }
        return password;
    }

    /** Like {@code docker login --password-stdin}: the first line, without its line break. */
    private char[] firstLineOfStandardInput() {
        try {
            // Not closed: the stream belongs to the caller. UTF-8, as scripts and password managers write it.
            String line = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            return null;
        }
    }

    private char[] typedAtConsole(String email) {
        Console console = System.console();
        if (console == null) {
            throw new CliException(ExitCodes.REFUSED, context.messages().get("error.noConsole"));
        }
        return console.readPassword("%s", context.messages().get("connect.passwordPrompt", email));
    }
}
