package selfserve.audit.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How far a follower of the events feed has read: the sequence number of the last entry it was handed (or
 * passed over). Opaque to clients; {@link #START} reads from the first event on.
 */
public record EventCursor(long sequence) {

    public static final EventCursor START = new EventCursor(0);
    private static final String VERSION = "e1";

    public EventCursor {
        if (sequence < 0) {
            throw new IllegalArgumentException("negative sequence");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + ":" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    public static EventCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith(VERSION + ":")) {
                throw new IllegalArgumentException("not an events cursor");
            }
            return new EventCursor(Long.parseLong(plain.substring(VERSION.length() + 1)));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("not an events cursor: " + cursor, malformed);
        }
    }
}
