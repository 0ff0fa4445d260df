package selfserve.cli;

import picocli.CommandLine;

/** Creates the commands with the run's {@link CliContext}, so no command reaches for System.in/out or getenv. */
final class ContextFactory implements CommandLine.IFactory {

    private final CliContext context;

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(CliContext.class).newInstance(context);
        } catch (NoSuchMethodException notACommand) {
            return CommandLine.defaultFactory().create(type); // option groups, mixins, the version provider
        }
    }
}
