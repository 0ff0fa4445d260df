package selfserve.cli;

import picocli.CommandLine.Option;

/** {@code --policy-id}: like MSCommerce, there is one policy today, so it is the default. */
final class PolicyIdOption {

    static final String ALLOW_SELF_SERVICE_PURCHASE = "AllowSelfServicePurchase";

    @Option(names = "--policy-id", paramLabel = "<id>", defaultValue = ALLOW_SELF_SERVICE_PURCHASE, descriptionKey = "policy-id")
    String policyId;
}
