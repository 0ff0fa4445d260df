package selfserve.cli;

import picocli.CommandLine.Option;

/** The new value, given as {@code --value} or in MSCommerce's older form {@code --enabled true|false}; one of them. */
final class PolicyValueChoice {

    @Option(names = "--value", paramLabel = "<value>", required = true, descriptionKey = "value")
    PolicyValue value;

    @Option(names = "--enabled", paramLabel = "<true|false>", arity = "1", required = true, descriptionKey = "enabled")
    Boolean enabled;

    PolicyValue resolve() {
        if (value != null) {
            return value;
        }
        return enabled ? PolicyValue.Enabled : PolicyValue.Disabled;
    }
}
