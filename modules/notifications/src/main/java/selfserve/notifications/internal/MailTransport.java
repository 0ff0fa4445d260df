package selfserve.notifications.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends mail through Jakarta Mail (Liberty's mail-2.1 feature) to the SMTP server that the server
 * variables name: {@code selfserve.mail.host}, {@code .port} (587), {@code .tls} ({@code starttls}
 * required, {@code ssl} for SMTPS, or {@code none}), {@code .user}, {@code .password}, {@code .from}.
 * Without a host no mail is sent: notices are kept for the admins' "Sent mail" page (the demo).
 * <p>
 * The session is built here from MicroProfile Config rather than as a {@code <mailSession>} in
 * server.xml: with no host a mailSession cannot be declared at all (it insists on a user and password,
 * CWWKG0058E), while here "no host" simply means "keep the mail", and TLS, timeouts and authentication
 * follow from the same variables in one place that a test can read.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());
    /** Far shorter than a claim's lease: a hanging SMTP server cannot outlive the claim. */
    private static final String TIMEOUT_MILLIS = "30000";

    private Session session;
    private InternetAddress from;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        String host = value(config, "selfserve.mail.host", "");
        if (host.isEmpty()) {
            LOG.info("No SMTP host configured (selfserve.mail.host): mail is kept for the admins' Sent mail page, not sent");
            return;
        }
        String tls = value(config, "selfserve.mail.tls", "starttls").toLowerCase(Locale.ROOT);
        String protocol = tls.equals("ssl") ? "smtps" : "smtp";
        String user = value(config, "selfserve.mail.user", "");
        String password = value(config, "selfserve.mail.password", "");
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "host", host);
        properties.setProperty(prefix + "port", value(config, "selfserve.mail.port", tls.equals("ssl") ? "465" : "587"));
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
        if (tls.equals("starttls")) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (!tls.equals("none")) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (!user.isEmpty()) {
            properties.setProperty(prefix + "auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        try {
            from = InternetAddress.parse(value(config, "selfserve.mail.from", "SelfServe <no-reply@selfserve.invalid>"))[0];
        } catch (MessagingException e) {
            throw new IllegalStateException("selfserve.mail.from is no email address", e);
        }
        session = Session.getInstance(properties, authenticator);
        LOG.info(() -> "Mail goes to " + protocol + "://" + host + ":" + properties.getProperty(prefix + "port") + " (TLS: "
                + tls + ") from " + from);
    }

    private static String value(Config config, String name, String otherwise) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(otherwise);
    }

    /** Whether an SMTP server is configured; if not, mail is kept instead of sent. */
    public boolean sends() {
        return session != null;
    }

    /** Hands the mail to the SMTP server: plain text and HTML as alternatives, UTF-8 throughout. */
    public void send(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            // The notice's id: a receiver that sees one twice (a retry after a lost answer) can tell.
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.noticeId() + "@selfserve>");
            }
        };
        message.setFrom(from);
        try {
            message.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(mail.toEmail(), mail.toName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-SelfServe-Notice", mail.noticeId().toString());
        if (mail.about() != null) {
            message.setHeader("X-SelfServe-About", mail.about()); // what it is about (a subscription id), for mail filters
        }
        message.setHeader("Content-Language", mail.language());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        Transport.send(message);
    }
}
