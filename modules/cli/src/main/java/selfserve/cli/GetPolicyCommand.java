package selfserve.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code get-policy}, like Get-MSCommercePolicy: one policy. */
@Command(name = "get-policy", sortOptions = false)
final class GetPolicyCommand implements Callable<Integer>, TargetedCommand {

    @Mixin
    private PolicyIdOption policy;

    @Mixin
    private CommonOptions common;

    private final CliContext context;

    GetPolicyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String answer = context.connectedApi().get(ApiPath.of(common.tenantId, "policies", policy.policyId));
        new AnswerPrinter(context.out(), context.messages()).print(answer, PolicyColumns.POLICY, common.json);
        return ExitCodes.OK;
    }

    @Override
    public Target target() {
        return new Target(policy.policyId, null, common.tenantId, null);
    }
}
