package selfserve.portal.rest;

import java.util.Locale;
import selfserve.identity.api.SelfServeException;

/**
 * A true/false query parameter, read strictly: JAX-RS reads anything but "true" as false, so that a typing error
 * would silently answer something else than was asked.
 */
final class QueryFlag {

    private QueryFlag() {
    }

    /** "true" or "false" in any case; the fallback when left out; anything else is refused naming the parameter. */
    static boolean parse(String value, boolean fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw SelfServeException.invalid("INVALID_INPUT", name);
        };
    }
}
