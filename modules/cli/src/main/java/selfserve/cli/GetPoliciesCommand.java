package selfserve.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code get-policies}, like Get-MSCommercePolicies: PolicyId, Description, DefaultValue of every policy. */
@Command(name = "get-policies", sortOptions = false)
final class GetPoliciesCommand implements Callable<Integer>, TargetedCommand {

    @Mixin
    private CommonOptions common;

    private final CliContext context;

    GetPoliciesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String answer = context.connectedApi().get(ApiPath.of(common.tenantId, "policies"));
        new AnswerPrinter(context.out(), context.messages()).print(answer, PolicyColumns.POLICY, common.json);
        return ExitCodes.OK;
    }

    @Override
    public Target target() {
        return new Target(null, null, common.tenantId, null);
    }
}
