package selfserve.notifications.internal;

import java.util.UUID;

/** A claimed notice's mail, as the transport sends it (outside any transaction). */
record OutgoingMail(UUID noticeId, String about, String toEmail, String toName, String subject, String text, String html, String language) {
}
