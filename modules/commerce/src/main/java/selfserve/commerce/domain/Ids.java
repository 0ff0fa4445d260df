package selfserve.commerce.domain;

import java.util.UUID;

/**
 * Nullable ids as text. EclipseLink 4.0 (in Liberty 26.0.0.3) writes a UUID field as text but fails with a
 * NullPointerException when it reads a NULL back into one, so an id that may be absent is kept as text.
 */
final class Ids {

    private Ids() {
    }

    static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
