package selfserve.portal.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import selfserve.identity.api.SupportedLocale;

/**
 * Remembers the language last shown in this browser, so that the sign-in page after signing out (a new
 * session) speaks the language the person was just using rather than the browser's default.
 */
final class LanguageCookie {

    private static final String NAME = "selfserve-language";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private LanguageCookie() {
    }

    static Optional<SupportedLocale> read(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLocale.ofTag(cookie.getValue()));
    }

    static void write(SupportedLocale language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(NAME, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
