package selfserve.identity.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four languages SelfServe speaks. */
public enum SupportedLocale {
    ENGLISH("en"),
    SIMPLIFIED_CHINESE("zh-CN"),
    TRADITIONAL_CHINESE("zh-TW"),
    SWEDISH("sv-SE");

    private final String tag;

    SupportedLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The supported locale with exactly this BCP 47 tag (case-insensitive), if any. */
    public static Optional<SupportedLocale> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
