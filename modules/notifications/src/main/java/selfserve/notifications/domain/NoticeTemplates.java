package selfserve.notifications.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.NoticeKind;
import selfserve.notifications.api.NoticeWording;

/**
 * Turns a notice into sentences in one language: its subject ({@code notice.<KIND>.subject}) and body
 * ({@code notice.<KIND>.body}) with the facts formatted for that language, and around them the mail's
 * greeting, the optional note and the footer. The HTML part is built from the finished sentences, each
 * escaped as a whole, so neither a value nor a translation can add markup.
 */
public final class NoticeTemplates {

    private final NoticeWording wording;

    public NoticeTemplates(NoticeWording wording) {
        this.wording = Objects.requireNonNull(wording);
    }

    public String subject(NoticeKind kind, Facts facts, SupportedLocale language) {
        return wording.text("notice." + kind.name() + ".subject", language, arguments(kind, facts, language));
    }

    /** The body, with the note (if any) as a second paragraph: what the portal shows under the subject. */
    public String body(NoticeKind kind, Facts facts, SupportedLocale language) {
        String body = wording.text("notice." + kind.name() + ".body", language, arguments(kind, facts, language));
        return facts.note() == null ? body : body + "\n\n" + wording.text("notice.mail.note", language, facts.note());
    }

    /** The whole mail to {@code recipientName} of {@code tenantName}. */
    public RenderedMail mail(NoticeKind kind, Facts facts, SupportedLocale language, String recipientName, String tenantName) {
        Object[] arguments = arguments(kind, facts, language);
        String subject = wording.text("notice." + kind.name() + ".subject", language, arguments);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(wording.text("notice.mail.greeting", language, recipientName));
        paragraphs.add(wording.text("notice." + kind.name() + ".body", language, arguments));
        if (facts.note() != null) {
            paragraphs.add(wording.text("notice.mail.note", language, facts.note()));
        }
        paragraphs.add(wording.text("notice.mail.closing", language));
        String footer = wording.text("notice.mail.footer", language, tenantName);
        return new RenderedMail(subject, text(paragraphs, footer), html(language, subject, paragraphs, footer));
    }

    private static String text(List<String> paragraphs, String footer) {
        return String.join("\n\n", paragraphs) + "\n\n--\n" + footer + "\n";
    }

    private static String html(SupportedLocale language, String subject, List<String> paragraphs, String footer) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(Html.escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"font-family: Segoe UI, Helvetica, Arial, 'PingFang SC', 'Microsoft JhengHei', ")
                .append("sans-serif; font-size: 15px; line-height: 1.5; color: #1b1b1b; max-width: 640px;\">\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(lines(paragraph)).append("</p>\n");
        }
        html.append("<hr style=\"border: none; border-top: 1px solid #ddd;\">\n")
                .append("<p style=\"font-size: 12px; color: #666;\">").append(lines(footer)).append("</p>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** A paragraph escaped, its line breaks kept. */
    private static String lines(String paragraph) {
        return Html.escape(paragraph).replace("\n", "<br>\n");
    }

    /** The facts the kind's sentences use, in their order, formatted for the language. */
    private Object[] arguments(NoticeKind kind, Facts facts, SupportedLocale language) {
        Locale locale = language.locale();
        return kind.facts().stream().map(name -> switch (facts.get(name)) {
            case null -> "";
            case Facts.Text text -> text.value();
            case Facts.Number number -> number.value();
            case Facts.Amount amount -> Formatting.money(amount.value(), locale);
            case Facts.Day day -> Formatting.day(day.value(), locale);
            case Facts.Key key -> wording.text(key.value(), language);
        }).toArray();
    }
}
