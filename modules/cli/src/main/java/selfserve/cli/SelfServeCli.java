package selfserve.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** The program's entry points: {@link #main} for the shell, {@link #run} for tests and other Java code. */
public final class SelfServeCli {

    private SelfServeCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    /**
     * Runs one command as the shell would, but without leaving the JVM. It speaks the language of
     * {@link Locale#getDefault()} (English, Simplified or Traditional Chinese, Swedish; else English).
     *
     * @param args        the command line after the program name, e.g. {@code get-product-policies --json}
     * @param environment the environment variables; the CLI reads {@code SELFSERVE_CLI_HOME} (where the
     *                    connection is saved, else {@code ~/.selfserve}) and {@code HOSTNAME}
     * @param stdin       where {@code connect --password-stdin} reads the password
     * @param out         results: tables, JSON, who is connected
     * @param err         errors and warnings
     * @return the exit code: 0 done, 1 refused by the server or a usage error, 2 not connected or the sign-in
     *         expired or was revoked
     */
    public static int run(String[] args, Map<String, String> environment, InputStream stdin, PrintStream out,
                          PrintStream err) {
        Locale locale = CliLocale.of(Locale.getDefault());
        Messages messages = Messages.in(locale);
        CliContext context = new CliContext(Map.copyOf(environment), stdin, out, err, messages);
        CommandLine commandLine = new CommandLine(new SelfServeCommand(), new ContextFactory(context))
                .setResourceBundle(HelpTexts.in(locale))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new PrintStreamWriter(out), true))
                .setErr(new PrintWriter(new PrintStreamWriter(err), true))
                .setParameterExceptionHandler(new UsageErrorHandler(err, messages))
                .setExecutionExceptionHandler(new FailureHandler(err, messages));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
