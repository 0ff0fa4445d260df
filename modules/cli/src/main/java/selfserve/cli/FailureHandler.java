package selfserve.cli;

import java.io.PrintStream;
import picocli.CommandLine;

/** Turns what a command threw into a message on stderr and an exit code; people never see a stack trace. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private final PrintStream err;
    private final Messages messages;

    FailureHandler(PrintStream err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        CliException failure = asFailure(thrown, commandLine.getCommand());
        err.println(failure.getMessage());
        return failure.exitCode();
    }

    private CliException asFailure(Exception thrown, Object command) {
        if (thrown instanceof CliException failure) {
            return failure;
        }
        if (thrown instanceof ApiProblemException refusal) {
            Target target = command instanceof TargetedCommand targeted ? targeted.target() : Target.NONE;
            return new ProblemExplainer(messages).explain(refusal.problem(), target);
        }
        String reason = thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
        return new CliException(ExitCodes.REFUSED, messages.get("error.unexpected", reason));
    }
}
