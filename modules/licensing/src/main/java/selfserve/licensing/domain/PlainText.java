package selfserve.licensing.domain;

import selfserve.identity.api.SelfServeException;

/**
 * Free text a person writes for another (a request's note, an admin's answer): kept as plain text, never
 * markup, with line ends made uniform, surrounding blanks dropped and a length limit.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The text, or {@code null} when there is none; longer than {@code most} is refused with {@code code}. */
    public static String of(String text, int most, String code) {
        if (text == null) {
            return null;
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.isEmpty()) {
            return null;
        }
        if (normalized.length() > most) {
            throw SelfServeException.invalid(code, most);
        }
        return normalized;
    }
}
