package selfserve.portal.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.NoticeWording;

/** The wording of notices and their mails, from the same bundles as every other text of SelfServe. */
@ApplicationScoped
public class BundleNoticeWording implements NoticeWording {

    @Inject
    private Translations translations;

    @Override
    public String text(String key, SupportedLocale language, Object... arguments) {
        return translations.translate(key, language, arguments);
    }
}
