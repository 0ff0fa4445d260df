package selfserve.cli;

/** A command that names a policy, product or tenant, so a refusal can say which one was not found. */
interface TargetedCommand {

    Target target();
}
