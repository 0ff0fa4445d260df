package selfserve.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts people read, from {@code selfserve/cli/messages*.properties} (java.text.MessageFormat patterns). */
final class Messages {

    private static final String BUNDLE = "selfserve.cli.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The locale must be one of {@link CliLocale}'s. */
    static Messages in(Locale locale) {
        return new Messages(Bundles.load(BUNDLE, locale), locale);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    Locale locale() {
        return locale;
    }
}
