package selfserve.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import selfserve.identity.api.Localizable;
import selfserve.identity.api.SupportedLocale;

/**
 * Every string a person reads, in the four supported languages, from {@code messages*.properties}.
 * Vaadin uses it because it is {@code @VaadinServiceEnabled}; it stays {@code @Default} so that the
 * REST API can inject it for problem titles. Messages are {@link MessageFormat} patterns, so a literal apostrophe is written twice.
 */
@ApplicationScoped
@Default
@VaadinServiceEnabled
public class Translations implements I18NProvider {

    static final String BUNDLE = "selfserve.portal.i18n.messages";
    private static final Logger LOG = Logger.getLogger(Translations.class.getName());
    // Without a fallback to the JVM's default locale: a missing language falls back to English only.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(SupportedLocale.values()).map(SupportedLocale::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        SupportedLocale language = LanguageChoice.closestTo(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "No translation for " + key + " in " + language.tag());
            return "!" + key + "!";
        }
    }

    public String translate(String key, SupportedLocale language, Object... params) {
        return getTranslation(key, language.locale(), params);
    }

    /**
     * The message of a refusal: {@code problem.CODE.detail} with its values, where a {@link Localizable}
     * value (a reason, say) becomes its own sentence in the same language.
     */
    public String refusal(String code, Locale locale, Object... arguments) {
        Object[] shown = Arrays.stream(arguments)
                .map(argument -> argument instanceof Localizable localizable
                        ? getTranslation(localizable.messageKey(), locale) : argument)
                .toArray();
        return getTranslation("problem." + code + ".detail", locale, shown);
    }
}
