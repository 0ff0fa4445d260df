package selfserve.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Runs the CLI in-process with its home in a test directory, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withInput(Path home, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SelfServeCli.run(args, Map.of(CredentialStore.HOME_VARIABLE, home.toString(), "HOSTNAME", "build-agent-7"),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun in(Path home, String... args) {
        return withInput(home, "", args);
    }

    /** As a person whose JVM default locale is {@code locale}. */
    static CliRun speaking(Locale locale, Path home, String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return in(home, args);
        } finally {
            Locale.setDefault(before);
        }
    }

    static CliRun connect(FakeSelfServeServer server, Path home) {
        return withInput(home, FakeSelfServeServer.PASSWORD + "\n",
                "connect", "--server", server.url(), "--email", FakeSelfServeServer.EMAIL, "--password-stdin");
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
