package selfserve.notifications.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.SupportedLocale;
import selfserve.notifications.api.InAppNotice;
import selfserve.notifications.api.InAppNotices;
import selfserve.notifications.api.NoticeWording;
import selfserve.notifications.domain.Facts;
import selfserve.notifications.domain.Notice;
import selfserve.notifications.domain.NoticeTemplates;

/**
 * The caller's notices, worded in the language they read now (the mail went out in the language they
 * had then). Marking read is not audited: it changes nothing but the caller's own view.
 */
@Stateless
@RolesAllowed(Roles.USER)
public class InAppNoticesBean implements InAppNotices {

    @Inject
    private Profile profile;

    @Inject
    private NotificationsRepository repository;

    @Inject
    private NoticeWording wording;

    @Inject
    private Clock clock;

    @Override
    public List<InAppNotice> mine(SupportedLocale language, boolean unreadOnly, int offset, int limit) {
        Paging.check(offset, limit, LARGEST_PAGE);
        NoticeTemplates templates = new NoticeTemplates(wording);
        return repository.noticesOf(me(), unreadOnly, offset, limit).stream()
                .map(notice -> shown(notice, templates, language)).toList();
    }

    @Override
    public long count(boolean unreadOnly) {
        return repository.countOf(me(), unreadOnly);
    }

    @Override
    public void markRead(UUID noticeId) {
        UUID me = me();
        Notice notice = repository.notice(noticeId).filter(n -> n.recipientId().equals(me))
                .orElseThrow(() -> SelfServeException.notFound("NOTICE_NOT_FOUND"));
        repository.markRead(me, notice.id(), clock.instant());
    }

    @Override
    public int markAllRead() {
        return repository.markRead(me(), null, clock.instant());
    }

    private UUID me() {
        return profile.current().userId();
    }

    private static InAppNotice shown(Notice notice, NoticeTemplates templates, SupportedLocale language) {
        Facts facts = notice.facts();
        return new InAppNotice(notice.id(), notice.kind(), templates.subject(notice.kind(), facts, language),
                templates.body(notice.kind(), facts, language), notice.createdAt(), notice.readAt());
    }
}
