package selfserve.notifications.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import selfserve.commerce.api.Money;

/**
 * The values a notice speaks of, by name, each with its type so that it is formatted in the reader's
 * language: text (a product or person's name, escaped in HTML like everything else), a whole number, an
 * amount of money, a day, or a bundle key (a term or decline reason, translated). Optionally a note: free
 * text someone wrote (a request's message), shown as its own paragraph. Kept as text in the outbox row.
 */
public final class Facts {

    /** The name of the optional free-text note. */
    public static final String NOTE = "note";

    /** One value and how to show it. */
    public sealed interface Fact permits Text, Number, Amount, Day, Key {
    }

    public record Text(String value) implements Fact {
    }

    public record Number(long value) implements Fact {
    }

    public record Amount(Money value) implements Fact {
    }

    public record Day(Instant value) implements Fact {
    }

    /** A bundle key whose text in the reader's language is the value. */
    public record Key(String value) implements Fact {
    }

    private final Map<String, Fact> facts = new LinkedHashMap<>();

    public Facts text(String name, String value) {
        return put(name, value == null ? null : new Text(value));
    }

    public Facts number(String name, long value) {
        return put(name, new Number(value));
    }

    public Facts amount(String name, Money value) {
        return put(name, value == null ? null : new Amount(value));
    }

    public Facts day(String name, Instant value) {
        return put(name, value == null ? null : new Day(value));
    }

    public Facts key(String name, String bundleKey) {
        return put(name, bundleKey == null ? null : new Key(bundleKey));
    }

    /** Free text someone wrote to go with the notice; blank is none. */
    public Facts note(String text) {
        return text == null || text.isBlank() ? this : text(NOTE, text.strip());
    }

    private Facts put(String name, Fact fact) {
        Objects.requireNonNull(name, "name");
        if (fact != null) {
            facts.put(name, fact);
        }
        return this;
    }

    public Fact get(String name) {
        return facts.get(name);
    }

    public String note() {
        return facts.get(NOTE) instanceof Text text ? text.value() : null;
    }

    /** As stored in the outbox row: one typed line per fact. */
    public String encode() {
        Properties lines = new Properties();
        facts.forEach((name, fact) -> lines.setProperty(name, switch (fact) {
            case Text t -> "t:" + t.value();
            case Number n -> "n:" + n.value();
            case Amount a -> "m:" + a.value().amount().toPlainString() + " " + a.value().currency();
            case Day d -> "d:" + d.value();
            case Key k -> "k:" + k.value();
        }));
        StringWriter out = new StringWriter();
        try {
            lines.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Without the date comment Properties writes first.
        StringBuilder text = new StringBuilder();
        out.toString().lines().filter(line -> !line.startsWith("#")).sorted().forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    public static Facts decode(String text) {
        Properties lines = new Properties();
        try {
            lines.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Facts facts = new Facts();
        new TreeMap<>(lines).forEach((name, line) -> {
            String value = ((String) line).substring(2);
            String key = (String) name;
            switch (((String) line).charAt(0)) {
                case 't' -> facts.text(key, value);
                case 'n' -> facts.number(key, Long.parseLong(value));
                case 'm' -> {
                    String[] parts = value.split(" ", 2);
                    facts.amount(key, new Money(new BigDecimal(parts[0]), parts[1]));
                }
                case 'd' -> facts.day(key, Instant.parse(value));
                case 'k' -> facts.key(key, value);
                default -> throw new IllegalArgumentException("Unknown fact type in " + line);
            }
        });
        return facts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Facts that && facts.equals(that.facts);
    }

    @Override
    public int hashCode() {
        return facts.hashCode();
    }

    @Override
    public String toString() {
        return facts.toString();
    }
}
