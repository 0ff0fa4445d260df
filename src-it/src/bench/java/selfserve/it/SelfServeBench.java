package selfserve.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 8, run by {@code ./mvnw -Pbench ...} (see README): starts SelfServe and a bare Liberty as a
 * user would ({@link ServerProcess}), loads data, runs the five scenarios with a JDK load generator (HTTP/1.1, API
 * tokens) and prints one line {@code name value unit} per figure, a table with goals, and
 * {@code target/bench/results.json}. Scenarios run in this order: start, purchase, seats, portal, scale (the bulk
 * load comes last so it does not slow the others). A scenario that fails is reported and the others still run; the
 * test fails at the end if one did. Missed goals do not fail the build: they are the measurement.
 */
class SelfServeBench {

    private final List<String> failures = new ArrayList<>();

    @Test
    void bench() throws Exception {
        BenchContext context = new BenchContext();
        describeRun(context);
        deleteTree(context.dataDir);
        Set<String> chosen = context.scenarios;
        try {
            scenario(context, "1 start", new StartBench(context));
            if (context.app != null && context.app.alive()) {
                if (chosen.contains("purchase") || chosen.contains("seats") || chosen.contains("scale")) {
                    scenario(context, "2 purchase", new PurchaseBench(context)); // its purchasers, tokens and cards serve 3 and 4 too
                }
                if (chosen.contains("seats") || chosen.contains("scale")) {
                    scenario(context, "3 seats", new SeatsBench(context));
                }
                if (chosen.contains("portal")) {
                    scenario(context, "5 portal", new PortalBench(context));
                }
                if (chosen.contains("scale")) {
                    scenario(context, "4 scale", new ScaleBench(context));
                }
            }
        } finally {
            if (context.app != null) {
                context.app.close();
            }
            BenchContext.Scale scale = context.scale;
            System.out.println();
            System.out.println("SelfServe benchmark, scale " + scale.name() + " (" + scale.subscriptions() + " subscriptions, "
                    + scale.assignments() + " assignments)");
            System.out.print(context.figures.table());
            failures.forEach(failure -> System.out.println("NOT MEASURED: " + failure));
            context.figures.write(context.dir.resolve("results.json"));
            System.out.println("Written to " + context.dir.resolve("results.json"));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Scenarios failed: " + failures);
        }
    }

    /** Runs one scenario; a failure is noted and the next scenario still runs. */
    private void scenario(BenchContext context, String name, BenchScenario scenario) {
        System.out.println();
        System.out.println("==== scenario " + name + " (load average " + loadAverage() + ")");
        try {
            scenario.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            failures.add(name + ": " + e);
            context.figures.note("Scenario " + name + " failed: " + e);
        }
        Path file = context.dataDir.resolve("selfserve.mv.db");
        if (Files.exists(file)) {
            try {
                System.out.printf(Locale.ROOT, "# H2 file after scenario %s: %.1f MB%n", name, Files.size(file) / 1048576.0);
            } catch (IOException e) {
                System.out.println("# H2 file size unknown: " + e);
            }
        }
    }

    private static void describeRun(BenchContext context) {
        BenchFigures figures = context.figures;
        figures.condition("scale", context.scale);
        figures.condition("cpus", Runtime.getRuntime().availableProcessors());
        figures.condition("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        figures.condition("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        figures.condition("loadAverageAtStart", loadAverage());
        figures.condition("database", context.serverDbUrl);
        figures.condition("clients", BenchContext.CLIENTS);
        figures.note("Latencies and answer times are measured in the bench JVM around the whole HTTP/1.1 call on loopback "
                + "(send, server work, reading the whole answer). Each figure with repeats is the median over its runs, after "
                + "a warm-up that is not counted. The bench JVM and its load share the machine with the server.");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
