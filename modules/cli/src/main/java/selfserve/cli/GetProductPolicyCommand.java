package selfserve.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code get-product-policy}, like Get-MSCommerceProductPolicy: one product's setting, also by an older id. */
@Command(name = "get-product-policy", sortOptions = false)
final class GetProductPolicyCommand implements Callable<Integer>, TargetedCommand {

    @Mixin
    private PolicyIdOption policy;

    @Option(names = "--product-id", paramLabel = "<id>", required = true, descriptionKey = "product-id")
    private String productId;

    @Mixin
    private CommonOptions common;

    private final CliContext context;

    GetProductPolicyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String answer = context.connectedApi().get(
                ApiPath.of(common.tenantId, "policies", policy.policyId, "products", productId));
        new AnswerPrinter(context.out(), context.messages()).print(answer, PolicyColumns.PRODUCT_POLICY, common.json);
        return ExitCodes.OK;
    }

    @Override
    public Target target() {
        return new Target(policy.policyId, productId, common.tenantId, null);
    }
}
