package selfserve.cli;

import java.util.UUID;
import picocli.CommandLine.Option;

/** Options of every command but connect: which tenant to act for, and whether to print the server's JSON. */
final class CommonOptions {

    @Option(names = "--tenant-id", paramLabel = "<uuid>", descriptionKey = "tenant-id")
    UUID tenantId;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;
}
