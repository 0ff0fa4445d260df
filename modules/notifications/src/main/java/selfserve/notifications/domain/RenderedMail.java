package selfserve.notifications.domain;

/** A notice as mail: the subject line, the plain-text part and the HTML part (every value in it escaped). */
public record RenderedMail(String subject, String text, String html) {
}
