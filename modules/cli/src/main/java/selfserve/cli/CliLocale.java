package selfserve.cli;

import java.util.Locale;
import java.util.Set;

/** Picks the one of SelfServe's four languages that best fits a locale; English for anything else. */
final class CliLocale {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-CN");
    static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-TW");
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private CliLocale() {
    }

    /** Also maps {@code sv}, {@code zh-Hant} or {@code zh-HK}, which a plain bundle lookup would miss. */
    static Locale of(Locale requested) {
        switch (requested.getLanguage()) {
            case "zh":
                boolean traditional = "Hant".equals(requested.getScript())
                        || requested.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(requested.getCountry());
                return traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE;
            case "sv":
                return SWEDISH;
            default:
                return ENGLISH;
        }
    }
}
