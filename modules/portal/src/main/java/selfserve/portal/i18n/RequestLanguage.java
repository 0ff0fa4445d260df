package selfserve.portal.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import selfserve.identity.api.Profile;
import selfserve.identity.api.SupportedLocale;

/**
 * The language to answer a REST call in: the first supported language of its {@code Accept-Language}
 * header, else the signed-in caller's saved language, else English.
 */
@ApplicationScoped
public class RequestLanguage {

    @Inject
    private Profile profile;

    public SupportedLocale of(HttpServletRequest request) {
        Optional<SupportedLocale> asked = request.getHeader("Accept-Language") == null ? Optional.empty()
                : LanguageChoice.firstSpoken(request.getLocales());
        if (asked.isPresent()) {
            return asked.get();
        }
        if (request.getUserPrincipal() != null) {
            return SupportedLocale.ofTag(profile.current().locale()).orElse(SupportedLocale.ENGLISH);
        }
        return SupportedLocale.ENGLISH;
    }
}
