package selfserve.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.Delivery;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.api.KeptMail;
import selfserve.notifications.api.NoticeKind;

/**
 * One notice to one person: the outbox row. It is written in the transaction of the change it tells
 * about, so it exists exactly when the change does; the portal shows it until it is read, and its mail
 * (rendered when written, in the recipient's language) goes out after commit: pending, then sent, kept
 * (no SMTP server) or, after every attempt failed, failed. Which server sends it is decided by a claim
 * with a lease in the row itself (see the dispatcher), never by this entity.
 */
@Entity
@Table(name = "NTF_NOTICE")
public class Notice {

    /** The longest error text kept. */
    static final int ERROR_LENGTH = 1000;

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "RECIPIENT_ID", nullable = false)
    private UUID recipientId;

    @Column(name = "RECIPIENT_EMAIL", length = 320, nullable = false)
    private String recipientEmail;

    @Column(name = "RECIPIENT_NAME", length = 200, nullable = false)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "LOCALE", length = 24, nullable = false)
    private SupportedLocale locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 48, nullable = false)
    private NoticeKind kind;

    /** What it is about (a subscription id, say); may be null. */
    @Column(name = "SUBJECT_REF", length = 64)
    private String subjectRef;

    @Column(name = "FACTS", length = 4000, nullable = false)
    private String facts;

    @Column(name = "MAIL_SUBJECT", length = 500, nullable = false)
    private String mailSubject;

    @Column(name = "MAIL_TEXT", length = 100_000, nullable = false)
    private String mailText;

    @Column(name = "MAIL_HTML", length = 100_000, nullable = false)
    private String mailHtml;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "READ_AT")
    private OffsetDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "MAIL_STATE", length = 16, nullable = false)
    private DeliveryState mailState;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "NEXT_ATTEMPT_AT")
    private OffsetDateTime nextAttemptAt;

    /** The claim of the server sending it now (taken by a conditional bulk update, see the dispatcher). */
    @Column(name = "CLAIMED_BY", length = 36)
    private String claimedBy;

    @Column(name = "CLAIMED_UNTIL")
    private OffsetDateTime claimedUntil;

    @Column(name = "LAST_ERROR", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "SENT_AT")
    private OffsetDateTime sentAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Notice() {
        // for JPA
    }

    public Notice(UUID tenantId, UUID recipientId, String recipientEmail, String recipientName, SupportedLocale locale,
                  NoticeKind kind, String subjectRef, Facts facts, RenderedMail mail, Instant at) {
        this.id = UUID.randomUUID();
        this.tenantId = Objects.requireNonNull(tenantId);
        this.recipientId = Objects.requireNonNull(recipientId);
        this.recipientEmail = Objects.requireNonNull(recipientEmail);
        this.recipientName = Objects.requireNonNull(recipientName);
        this.locale = Objects.requireNonNull(locale);
        this.kind = Objects.requireNonNull(kind);
        this.subjectRef = subjectRef;
        this.facts = facts.encode();
        this.mailSubject = mail.subject();
        this.mailText = mail.text();
        this.mailHtml = mail.html();
        this.createdAt = at.atOffset(ZoneOffset.UTC);
        this.mailState = DeliveryState.PENDING;
        this.nextAttemptAt = this.createdAt;
    }

    /** Accepted by the SMTP server: never sent again. */
    public void sent(Instant at) {
        requirePending();
        attempts++;
        mailState = DeliveryState.SENT;
        sentAt = at.atOffset(ZoneOffset.UTC);
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt failed: tried again after the schedule's wait, or failed for good after the last one. */
    public void attemptFailed(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        RetrySchedule.after(attempts).ifPresentOrElse(
                wait -> nextAttemptAt = at.plus(wait).atOffset(ZoneOffset.UTC),
                () -> {
                    mailState = DeliveryState.FAILED;
                    nextAttemptAt = null;
                });
    }

    /** An admin sends a failed mail again: pending now, with every attempt of the schedule once more. */
    public void retry(Instant at) {
        if (mailState != DeliveryState.FAILED) {
            throw new IllegalStateException("Only a failed mail is retried");
        }
        mailState = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The sender that held the claim recorded the outcome: the row is free again. */
    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    private void requirePending() {
        if (mailState != DeliveryState.PENDING) {
            throw new IllegalStateException("The mail of notice " + id + " is " + mailState + ", not pending");
        }
    }

    public Delivery delivery() {
        return new Delivery(id, kind, recipientName, recipientEmail, locale.tag(), mailSubject, mailState, attempts, lastError,
                createdAt.toInstant(), nextAttemptAt == null ? null : nextAttemptAt.toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }

    public KeptMail keptMail() {
        return new KeptMail(id, recipientName + " <" + recipientEmail + ">", mailSubject, mailText, mailHtml,
                createdAt.toInstant());
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public UUID recipientId() { return recipientId; }
    public String recipientEmail() { return recipientEmail; }
    public String recipientName() { return recipientName; }
    public SupportedLocale locale() { return locale; }
    public NoticeKind kind() { return kind; }
    public String subjectRef() { return subjectRef; }
    public Facts facts() { return Facts.decode(facts); }
    public String mailSubject() { return mailSubject; }
    public String mailText() { return mailText; }
    public String mailHtml() { return mailHtml; }
    public Instant createdAt() { return createdAt.toInstant(); }
    public Instant readAt() { return readAt == null ? null : readAt.toInstant(); }
    public DeliveryState mailState() { return mailState; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public String claimedBy() { return claimedBy; }
}
