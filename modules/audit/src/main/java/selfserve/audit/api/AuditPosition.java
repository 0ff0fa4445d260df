package selfserve.audit.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the audit log ended, newest first: the next page starts after this entry. Handed to clients
 * as an opaque text, so the key can change without breaking them.
 */
public record AuditPosition(Instant occurredAt, long sequence) {

    private static final String VERSION = "a1";

    public static AuditPosition after(AuditItem item) {
        return new AuditPosition(item.occurredAt(), item.sequence());
    }

    public String encode() {
        String plain = VERSION + ":" + occurredAt + ":" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for. */
    public static AuditPosition decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 2);
            int last = parts[1].lastIndexOf(':');
            if (!VERSION.equals(parts[0]) || last < 0) {
                throw new IllegalArgumentException("not an audit log cursor");
            }
            return new AuditPosition(Instant.parse(parts[1].substring(0, last)), Long.parseLong(parts[1].substring(last + 1)));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("not an audit log cursor: " + cursor, malformed);
        }
    }
}
