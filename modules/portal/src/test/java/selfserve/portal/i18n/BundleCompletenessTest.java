package selfserve.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;

/** Every language has every key, no empty value, and the same placeholders as English. */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]*}");
    private static final Pattern LITERAL_KEY = Pattern.compile("(?:getTranslation\\(|translate\\(|@Menu\\(title = )\"([^\"]+)\"\\s*[,)]");
    private static final Properties ENGLISH = load("");

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_zh_TW", "_sv_SE"})
    void sameKeysAsEnglish(String suffix) {
        Properties other = load(suffix);

        assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_zh_TW", "_sv_SE"})
    void noEmptyValueAndEveryPatternParses(String suffix) {
        Properties bundle = load(suffix);
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            assertFalse(value.isBlank(), key + " is empty in messages" + suffix);
            new MessageFormat(value); // throws on a malformed pattern
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_zh_TW", "_sv_SE"})
    void placeholdersMatchEnglish(String suffix) {
        Properties other = load(suffix);
        for (String key : ENGLISH.stringPropertyNames()) {
            assertEquals(placeholders(ENGLISH.getProperty(key)), placeholders(other.getProperty(key, "")),
                    "placeholders of " + key + " in messages" + suffix);
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = LITERAL_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    asked.add(keys.group(1));
                }
            }
        }
        Stream.of(SupportedLocale.values()).forEach(l -> asked.add("language." + l.name()));
        Stream.of(Role.values()).forEach(r -> asked.add("role." + r.name()));

        assertTrue(asked.size() > 20, "the scan found the keys: " + asked);
        Set<String> missing = asked.stream().filter(k -> !ENGLISH.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String suffix) {
        String name = "/" + Translations.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
