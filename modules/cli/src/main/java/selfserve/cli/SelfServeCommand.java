package selfserve.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code selfserve}: the top command. Its texts are in help*.properties, so --help speaks the person's language. */
@Command(name = "selfserve",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // --help and --version on every subcommand too
        versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = {
                ConnectCommand.class,
                DisconnectCommand.class,
                GetPoliciesCommand.class,
                GetPolicyCommand.class,
                GetProductPoliciesCommand.class,
                GetProductPolicyCommand.class,
                UpdateProductPolicyCommand.class,
        })
final class SelfServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.REFUSED;
    }
}
