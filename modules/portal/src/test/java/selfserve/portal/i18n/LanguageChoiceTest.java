package selfserve.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import selfserve.identity.api.SupportedLocale;

class LanguageChoiceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"en-US,en", "en,en", "sv,sv-SE", "sv-FI,sv-SE", "zh-CN,zh-CN", "zh,zh-CN", "zh-SG,zh-CN",
            "zh-TW,zh-TW", "zh-HK,zh-TW", "zh-Hant,zh-TW", "zh-Hans-TW,zh-TW", "fr-FR,en", "de,en"})
    void closestSupportedLanguage(String requested, String expected) {
        assertEquals(expected, LanguageChoice.closestTo(Locale.forLanguageTag(requested)).tag());
    }

    @Test
    void firstSpokenSkipsLanguagesSelfServeDoesNotSpeak() {
        List<Locale> preferred = List.of(Locale.FRENCH, Locale.GERMAN, Locale.forLanguageTag("sv-SE"), Locale.ENGLISH);

        assertEquals(Optional.of(SupportedLocale.SWEDISH), LanguageChoice.firstSpoken(Collections.enumeration(preferred)));
    }

    @Test
    void firstSpokenIsEmptyWhenNothingMatches() {
        assertEquals(Optional.empty(), LanguageChoice.firstSpoken(Collections.enumeration(List.of(Locale.FRENCH))));
    }

    @Test
    void translationsFallBackToEnglishForOtherLanguages() {
        Translations translations = new Translations();

        assertEquals("Sign out", translations.getTranslation("header.signOut", Locale.FRENCH));
        assertEquals("Welcome, Anna", translations.getTranslation("home.welcome", Locale.ENGLISH, "Anna"));
        assertEquals(4, translations.getProvidedLocales().size());
    }
}
