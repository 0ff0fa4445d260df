package selfserve.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures: each printed as one line {@code name value unit} the moment it is measured, then all
 * of them as a table with their goal and pass/fail, and as JSON ({@code target/bench/results.json}).
 */
final class BenchFigures {

    /**
     * A goal: at most or at least a value; a figure without goal is information only. {@code floor} is the lowest
     * value a sound measurement can give: below it (a heap that shrank while sessions were opened) nothing was
     * measured, and the goal is not met.
     */
    record Goal(boolean atMost, double limit, double floor) {
        static Goal atMost(double limit) {
            return new Goal(true, limit, Double.NEGATIVE_INFINITY);
        }

        static Goal atLeast(double limit) {
            return new Goal(false, limit, Double.NEGATIVE_INFINITY);
        }

        /** At most {@code limit} of something that cannot be negative. */
        static Goal sizeAtMost(double limit) {
            return new Goal(true, limit, 0);
        }

        boolean met(double value) {
            return value >= floor && (atMost ? value <= limit : value >= limit);
        }

        String text(String unit) {
            return (atMost ? "<= " : ">= ") + number(limit) + " " + unit;
        }
    }

    record Figure(String scenario, String name, double value, String unit, Goal goal, String measured) {
        String verdict() {
            return goal == null ? "info" : goal.met(value) ? "PASS" : "FAIL";
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Something about the run itself (scale, machine, database URL) for the JSON and the table's header. */
    void condition(String name, Object value) {
        conditions.put(name, String.valueOf(value));
        System.out.println("# " + name + ": " + value);
    }

    /** A sentence that explains how a figure was measured or why one is missing. */
    void note(String text) {
        notes.add(text);
        System.out.println("# " + text);
    }

    void add(String scenario, String name, double value, String unit, Goal goal, String measured) {
        Figure figure = new Figure(scenario, name, value, unit, goal, measured);
        figures.add(figure);
        System.out.println(name + " " + number(value) + " " + unit);
    }

    void info(String scenario, String name, double value, String unit, String measured) {
        add(scenario, name, value, unit, null, measured);
    }

    List<Figure> all() {
        return List.copyOf(figures);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        String format = "%-2s %-30s %12s %-13s %-22s %s%n";
        out.append(String.format(Locale.ROOT, format, "", "figure", "value", "unit", "goal", "result"));
        String scenario = null;
        for (Figure f : figures) {
            if (!f.scenario().equals(scenario)) {
                scenario = f.scenario();
                out.append("---- ").append(scenario).append('\n');
            }
            out.append(String.format(Locale.ROOT, format, "", f.name(), number(f.value()), f.unit(),
                    f.goal() == null ? "" : f.goal().text(f.unit()), f.verdict()));
        }
        long failed = figures.stream().filter(f -> f.verdict().equals("FAIL")).count();
        long goals = figures.stream().filter(f -> f.goal() != null).count();
        out.append(String.format(Locale.ROOT, "%d of %d goals met%n", goals - failed, goals));
        return out.toString();
    }

    void write(Path file) {
        JsonObjectBuilder root = Json.createObjectBuilder().add("finishedAt", Instant.now().toString());
        JsonObjectBuilder run = Json.createObjectBuilder();
        conditions.forEach(run::add);
        root.add("conditions", run);
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Figure f : figures) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("scenario", f.scenario()).add("name", f.name())
                    .add("value", f.value()).add("unit", f.unit()).add("result", f.verdict()).add("measured", f.measured());
            if (f.goal() != null) {
                item.add("goal", Json.createObjectBuilder().add("comparison", f.goal().atMost() ? "<=" : ">=")
                        .add("limit", f.goal().limit()));
            }
            list.add(item);
        }
        root.add("figures", list);
        JsonArrayBuilder noteList = Json.createArrayBuilder();
        notes.forEach(noteList::add);
        root.add("notes", noteList);
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.writeObject(root.build());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.3f", value);
    }
}
