package selfserve.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Says in the person's language what is wrong with the command line (picocli's own messages are English). */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    private final PrintStream err;
    private final Messages messages;

    UsageErrorHandler(PrintStream err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException problem, String[] args) {
        err.println(describe(problem));
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("usage.didYouMean", joined(unmatched.getSuggestions())));
        }
        err.println(messages.get("usage.seeHelp", problem.getCommandLine().getCommandSpec().qualifiedName()));
        return ExitCodes.REFUSED;
    }

    private String describe(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("usage.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (problem instanceof CommandLine.MissingParameterException missing) {
            boolean oneOfGroup = missing.getMissing().stream().allMatch(arg -> arg.group() != null && arg.group().exclusive());
            return messages.get(oneOfGroup ? "usage.missingOneOf" : "usage.missing", names(missing.getMissing()));
        }
        if (problem instanceof CommandLine.MutuallyExclusiveArgsException) {
            List<ArgSpec> exclusive = new ArrayList<>();
            for (ArgGroupSpec group : problem.getCommandLine().getCommandSpec().argGroups()) {
                if (group.exclusive()) {
                    exclusive.addAll(group.args());
                }
            }
            return messages.get("usage.exclusive", names(exclusive));
        }
        if (problem instanceof CommandLine.OverwrittenOptionException repeated) {
            return messages.get("usage.repeated", name(repeated.getOverwritten()));
        }
        if (problem.getArgSpec() != null && problem.getValue() != null) {
            String invalid = messages.get("usage.invalidValue", problem.getValue(), name(problem.getArgSpec()));
            List<String> allowed = allowedValues(problem.getArgSpec());
            return allowed.isEmpty() ? invalid : invalid + " " + messages.get("usage.allowedValues", joined(allowed));
        }
        return messages.get("usage.invalid", problem.getMessage());
    }

    private static List<String> allowedValues(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == boolean.class || type == Boolean.class) {
            return List.of("true", "false");
        }
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(values::add);
        }
        return values;
    }

    private String names(Collection<ArgSpec> args) {
        return joined(args.stream().map(UsageErrorHandler::name).distinct().collect(Collectors.toList()));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private String joined(List<String> parts) {
        return String.join(messages.get("list.separator"), parts);
    }
}
