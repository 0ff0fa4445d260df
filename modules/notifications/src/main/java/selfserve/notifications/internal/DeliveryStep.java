package selfserve.notifications.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.notifications.domain.Notice;

/**
 * The database side of one mail's delivery, each in a short transaction of its own: the claim, committed
 * before the mail is handed to SMTP, so no other server sends it while this one holds the lease; then
 * the outcome. Not part of the API: only the dispatcher calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryStep {

    /**
     * How long a claim holds ({@code selfserve.notifications.claim-seconds}, 5 minutes by default). Much
     * longer than one SMTP conversation (at most a few timeouts of 30 s), so a live sender always finishes
     * inside it; a server that died holding a claim frees the mail by then.
     */
    @Inject
    @ConfigProperty(name = "selfserve.notifications.claim-seconds", defaultValue = "300")
    private long claimSeconds;

    private static final Logger LOG = Logger.getLogger(DeliveryStep.class.getName());

    @Inject
    private NotificationsRepository repository;

    @Inject
    private Clock clock;

    /** The mail to send if this sender won the claim on it. */
    public Optional<OutgoingMail> claim(UUID noticeId, String claimant) {
        Instant now = clock.instant();
        if (!repository.claim(noticeId, claimant, now, now.plus(Duration.ofSeconds(claimSeconds)))) {
            return Optional.empty();
        }
        Notice notice = repository.notice(noticeId).orElseThrow();
        return Optional.of(new OutgoingMail(notice.id(), notice.subjectRef(), notice.recipientEmail(), notice.recipientName(), notice.mailSubject(),
                notice.mailText(), notice.mailHtml(), notice.locale().tag()));
    }

    public void sent(UUID noticeId, String claimant) {
        held(noticeId, claimant).ifPresent(notice -> notice.sent(clock.instant()));
    }

    /** Without an SMTP server nothing is handed over, so a batch needs no claim: it is kept at once. */
    public int keep(List<UUID> noticeIds) {
        return noticeIds.isEmpty() ? 0 : repository.keep(noticeIds, clock.instant());
    }

    public void failed(UUID noticeId, String claimant, String error) {
        held(noticeId, claimant).ifPresent(notice -> notice.attemptFailed(error, clock.instant()));
    }

    /** The notice if this sender still holds its claim, which it then gives up. */
    private Optional<Notice> held(UUID noticeId, String claimant) {
        Optional<Notice> notice = repository.notice(noticeId).filter(n -> claimant.equals(n.claimedBy()));
        if (notice.isEmpty()) {
            LOG.warning(() -> "The claim on notice " + noticeId + " ran out before its outcome was recorded");
        }
        notice.ifPresent(Notice::release);
        return notice;
    }
}
