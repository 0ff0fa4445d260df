package selfserve.it;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's own bundles, read the way the portal reads them, so tests expect exactly what people see. */
final class Texts {

    private Texts() {
    }

    static String of(String languageTag, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(languageTag);
        ResourceBundle bundle = ResourceBundle.getBundle("selfserve.portal.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
