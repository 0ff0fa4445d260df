package selfserve.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** Loads a resource bundle for exactly the given locale, falling back only to the English base file. */
final class Bundles {

    private Bundles() {
    }

    static ResourceBundle load(String baseName, Locale locale) {
        // No fallback to the JVM's default locale: asking for English must not answer in Swedish.
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
