package selfserve.it;

/**
 * One scenario of the benchmark: it reads and writes the shared {@link BenchContext} and adds its figures. The
 * figures and the scale are at hand as fields because nearly every line of a scenario uses them.
 */
abstract class BenchScenario {

    final BenchContext context;
    final BenchFigures figures;
    final BenchContext.Scale scale;

    BenchScenario(BenchContext context) {
        this.context = context;
        this.figures = context.figures;
        this.scale = context.scale;
    }

    /** Measures and adds the figures; an exception means the scenario could not run. */
    abstract void run() throws Exception;
}
