package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import selfserve.identity.api.Recipients;
import selfserve.identity.api.Recipients.Recipient;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.NoticeKind;
import selfserve.notifications.api.NoticeWording;
import selfserve.notifications.domain.Facts;
import selfserve.notifications.domain.Notice;
import selfserve.notifications.domain.NoticeTemplates;

/**
 * Writes a notice in the caller's transaction: the row, with its mail rendered in the recipient's
 * language, commits or rolls back with the change it tells about. After commit the dispatcher is woken.
 * An observer of another module's event turns it into notices with {@link #toUser} or {@link #toHoldersOf}.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @Inject
    private NotificationsRepository repository;

    @Inject
    private NoticeWording wording;

    @Inject
    private Recipients recipients;

    @Inject
    private Event<NoticeWritten> written;

    @Inject
    private Clock clock;

    /** A notice to one user (a purchaser, a user who got a license); nothing if there is no such user. */
    public Optional<Notice> toUser(NoticeKind kind, UUID userId, String subjectRef, Facts facts) {
        return recipients.recipient(userId).flatMap(recipient -> write(kind, recipient, subjectRef, facts));
    }

    /** A notice to each active user of the tenant who holds one of the roles (the License admins, say). */
    public List<Notice> toHoldersOf(NoticeKind kind, UUID tenantId, Set<Role> roles, String subjectRef, Facts facts) {
        return recipients.holdersOf(tenantId, roles).stream()
                .flatMap(recipient -> write(kind, recipient, subjectRef, facts).stream()).toList();
    }

    /** A notice of {@code kind} to the recipient, about {@code subjectRef}; nothing for a disabled user. */
    public Optional<Notice> write(NoticeKind kind, Recipient recipient, String subjectRef, Facts facts) {
        if (!recipient.active()) {
            LOG.fine(() -> "No " + kind + " notice to disabled user " + recipient.userId());
            return Optional.empty();
        }
        SupportedLocale language = SupportedLocale.ofTag(recipient.locale()).orElse(SupportedLocale.ENGLISH);
        Notice notice = new Notice(recipient.tenantId(), recipient.userId(), recipient.email(), recipient.displayName(),
                language, kind, subjectRef, facts,
                new NoticeTemplates(wording).mail(kind, facts, language, recipient.displayName(), recipient.tenantName()),
                clock.instant());
        repository.add(notice);
        written.fire(new NoticeWritten(notice.id()));
        return Optional.of(notice);
    }
}
