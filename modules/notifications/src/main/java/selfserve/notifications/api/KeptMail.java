package selfserve.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** A mail kept instead of sent (no SMTP server configured), whole, for the "Sent mail" page. */
public record KeptMail(UUID id, String to, String subject, String text, String html, Instant createdAt) {
}
