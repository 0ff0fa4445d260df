package selfserve.portal.i18n;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import selfserve.identity.api.SupportedLocale;

/** Picks the supported language closest to what a browser or an API caller asks for. */
public final class LanguageChoice {

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private LanguageChoice() {
    }

    /** The closest supported language; English when nothing is close. */
    public static SupportedLocale closestTo(Locale requested) {
        return match(requested).orElse(SupportedLocale.ENGLISH);
    }

    /** The first of the caller's languages (in order of preference) that SelfServe speaks, if any. */
    public static Optional<SupportedLocale> firstSpoken(Enumeration<Locale> preferred) {
        while (preferred != null && preferred.hasMoreElements()) {
            Optional<SupportedLocale> match = match(preferred.nextElement());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    static Optional<SupportedLocale> match(Locale requested) {
        if (requested == null) {
            return Optional.empty();
        }
        return switch (requested.getLanguage()) {
            case "en" -> Optional.of(SupportedLocale.ENGLISH);
            case "sv" -> Optional.of(SupportedLocale.SWEDISH);
            case "zh" -> Optional.of(isTraditional(requested) ? SupportedLocale.TRADITIONAL_CHINESE
                    : SupportedLocale.SIMPLIFIED_CHINESE);
            default -> Optional.empty();
        };
    }

    private static boolean isTraditional(Locale chinese) {
        return "Hant".equals(chinese.getScript()) || TRADITIONAL_REGIONS.contains(chinese.getCountry());
    }
}
