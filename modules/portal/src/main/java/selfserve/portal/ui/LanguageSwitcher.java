package selfserve.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import selfserve.identity.api.SupportedLocale;
import selfserve.portal.i18n.LanguageChoice;

/**
 * Picks one of the four languages, each named in itself (English, 简体中文, 繁體中文, Svenska). The page
 * reloads in the new language so that every string on it changes together.
 */
public class LanguageSwitcher extends Select<SupportedLocale> {

    public LanguageSwitcher(Consumer<SupportedLocale> whenChosen) {
        setId("language-switcher");
        setAriaLabel(getTranslation("language.label"));
        setItems(SupportedLocale.values());
        setItemLabelGenerator(language -> getTranslation("language." + language.name()));
        setValue(LanguageChoice.closestTo(UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                whenChosen.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
