package selfserve.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The usage help picocli prints, from {@code selfserve/cli/help*.properties}. Kept apart from {@link Messages}
 * because picocli prints these texts as they are (no MessageFormat: an apostrophe is written once).
 */
final class HelpTexts {

    private static final String BUNDLE = "selfserve.cli.help";

    private HelpTexts() {
    }

    static ResourceBundle in(Locale locale) {
        return Bundles.load(BUNDLE, locale);
    }
}
