package selfserve.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code get-product-policies}, like Get-MSCommerceProductPolicies: every product's setting. */
@Command(name = "get-product-policies", sortOptions = false)
final class GetProductPoliciesCommand implements Callable<Integer>, TargetedCommand {

    @Mixin
    private PolicyIdOption policy;

    @Mixin
    private CommonOptions common;

    private final CliContext context;

    GetProductPoliciesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String answer = context.connectedApi().get(ApiPath.of(common.tenantId, "policies", policy.policyId, "products"));
        new AnswerPrinter(context.out(), context.messages()).print(answer, PolicyColumns.PRODUCT_POLICY, common.json);
        return ExitCodes.OK;
    }

    @Override
    public Target target() {
        return new Target(policy.policyId, null, common.tenantId, null);
    }
}
