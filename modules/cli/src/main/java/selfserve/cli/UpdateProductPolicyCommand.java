package selfserve.cli;

import jakarta.json.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code update-product-policy}, like Update-MSCommerceProductPolicy: sets one product's value. */
@Command(name = "update-product-policy", sortOptions = false)
final class UpdateProductPolicyCommand implements Callable<Integer>, TargetedCommand {

    @Mixin
    private PolicyIdOption policy;

    @Option(names = "--product-id", paramLabel = "<id>", required = true, descriptionKey = "product-id")
    private String productId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private PolicyValueChoice newValue;

    @Mixin
    private CommonOptions common;

    private final CliContext context;

    UpdateProductPolicyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String change = Json.createObjectBuilder().add("policyValue", newValue.resolve().name()).build().toString();
        String answer = context.connectedApi().put(
                ApiPath.of(common.tenantId, "policies", policy.policyId, "products", productId), change);
        new AnswerPrinter(context.out(), context.messages()).print(answer, PolicyColumns.PRODUCT_POLICY, common.json);
        return ExitCodes.OK;
    }

    @Override
    public Target target() {
        return new Target(policy.policyId, productId, common.tenantId, newValue == null ? null : newValue.resolve().name());
    }
}
