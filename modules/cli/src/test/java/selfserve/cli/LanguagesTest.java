package selfserve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text in every language, and how the JVM's locale picks the language. */
class LanguagesTest {

    private static final List<Locale> LANGUAGES = List.of(CliLocale.ENGLISH, CliLocale.SIMPLIFIED_CHINESE,
            CliLocale.TRADITIONAL_CHINESE, CliLocale.SWEDISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @TempDir
    Path home;

    @Test
    void theLocalePicksOneOfTheFourLanguagesElseEnglish() {
        assertEquals(CliLocale.SWEDISH, CliLocale.of(Locale.forLanguageTag("sv")));
        assertEquals(CliLocale.SWEDISH, CliLocale.of(Locale.forLanguageTag("sv-FI")));
        assertEquals(CliLocale.SIMPLIFIED_CHINESE, CliLocale.of(Locale.forLanguageTag("zh")));
        assertEquals(CliLocale.SIMPLIFIED_CHINESE, CliLocale.of(Locale.forLanguageTag("zh-Hans-SG")));
        assertEquals(CliLocale.TRADITIONAL_CHINESE, CliLocale.of(Locale.forLanguageTag("zh-Hant")));
        assertEquals(CliLocale.TRADITIONAL_CHINESE, CliLocale.of(Locale.forLanguageTag("zh-HK")));
        assertEquals(CliLocale.ENGLISH, CliLocale.of(Locale.forLanguageTag("fr-FR")));
    }

    @Test
    void englishIsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(CliLocale.SWEDISH);
        try {
            assertEquals("Disconnected from x.", Messages.in(CliLocale.ENGLISH).get("disconnect.done", "x"));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** A stray apostrophe in a MessageFormat pattern silently swallows a placeholder; this catches it. */
    @Test
    void everyMessageFillsInAllItsPlaceholders() {
        for (Locale locale : LANGUAGES) {
            ResourceBundle bundle = Bundles.load("selfserve.cli.messages", locale);
            Messages messages = Messages.in(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                Object[] arguments = {"ARG0", "ARG1", "ARG2", "ARG3"};
                String text = messages.get(key, arguments);
                Matcher placeholder = PLACEHOLDER.matcher(pattern);
                while (placeholder.find()) {
                    assertTrue(text.contains("ARG" + placeholder.group(1)), locale + " " + key + ": " + text);
                }
                assertFalse(text.contains("{") || text.contains("''"), locale + " " + key + ": " + text);
            }
        }
    }

    @Test
    void helpIsInTheUsersLanguage() {
        CliRun swedish = CliRun.speaking(CliLocale.SWEDISH, home, "get-product-policy", "--help");
        assertEquals(0, swedish.exitCode(), swedish::toString);
        assertTrue(swedish.out().startsWith("Användning: selfserve get-product-policy"), swedish::toString);
        assertTrue(swedish.out().contains("Visa principvärdet för en produkt (som Get-MSCommerceProductPolicy)."), swedish::toString);
        assertTrue(swedish.out().contains("Standard: AllowSelfServicePurchase."), swedish::toString);

        CliRun chinese = CliRun.speaking(CliLocale.SIMPLIFIED_CHINESE, home, "--help");
        assertTrue(chinese.out().contains("update-product-policy"), chinese::toString);
        assertTrue(chinese.out().contains("更改一个产品的策略值"), chinese::toString);
    }

    @Test
    void withoutACommandTheUsageIsShownAsAnError() {
        CliRun run = CliRun.in(home);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("get-product-policies"), run::toString);
    }
}
