package selfserve.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (Implementation-Version), which the build writes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SelfServeCli.class.getPackage().getImplementationVersion();
        return new String[] {version == null ? "selfserve-cli" : "selfserve-cli " + version};
    }
}
