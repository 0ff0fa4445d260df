package selfserve.notifications.api;

import selfserve.identity.api.SupportedLocale;

/**
 * The sentences of notices, looked up by key in a language. Notifications declares what it needs; the
 * portal, which holds every translated string, provides it from its bundles (so notifications never
 * depends on the portal). Arguments arrive formatted as text, except whole numbers.
 */
public interface NoticeWording {

    /** The message pattern {@code key} in {@code language}, formatted with the arguments. */
    String text(String key, SupportedLocale language, Object... arguments);
}
