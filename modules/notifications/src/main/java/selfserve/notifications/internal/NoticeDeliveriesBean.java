package selfserve.notifications.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.identity.api.AdminScope;
import selfserve.identity.api.Caller;
import selfserve.identity.api.Profile;
import selfserve.identity.api.Role;
import selfserve.identity.api.Roles;
import selfserve.identity.api.SelfServeException;
import selfserve.identity.api.TenantRef;
import selfserve.notifications.api.Delivery;
import selfserve.notifications.api.DeliveryState;
import selfserve.notifications.api.KeptMail;
import selfserve.notifications.api.NoticeDeliveries;
import selfserve.notifications.domain.Notice;

/**
 * A tenant's deliveries for its Global admins (who may retry) and Global readers (who only look), and
 * for partners with a delegation in one of those roles; identity's AdminScope decides. A notice of
 * another tenant does not exist for the caller.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.GLOBAL_READER, Roles.PARTNER})
public class NoticeDeliveriesBean implements NoticeDeliveries {

    static final Set<Role> READERS = Set.of(Role.GLOBAL_ADMIN, Role.GLOBAL_READER);
    static final Set<Role> RETRIERS = Set.of(Role.GLOBAL_ADMIN);
    static final String RETRIED = "NOTICE_MAIL_RETRIED";

    @Inject
    private AdminScope scope;

    @Inject
    private Profile profile;

    @Inject
    private NotificationsRepository repository;

    @Inject
    private MailTransport transport;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<NoticeWritten> pending;

    @Inject
    private Clock clock;

    @Override
    public List<Delivery> deliveries(UUID tenantId, DeliveryState state, int offset, int limit) {
        Paging.check(offset, limit, LARGEST_PAGE);
        TenantRef tenant = scope.require(tenantId, READERS);
        return repository.noticesOfTenant(tenant.id(), state, offset, limit).stream().map(Notice::delivery).toList();
    }

    @Override
    public long count(UUID tenantId, DeliveryState state) {
        return repository.countOfTenant(scope.require(tenantId, READERS).id(), state);
    }

    @Override
    public Delivery retry(UUID tenantId, UUID noticeId) {
        TenantRef tenant = scope.require(tenantId, RETRIERS);
        Notice notice = repository.notice(noticeId).filter(n -> n.tenantId().equals(tenant.id()))
                .orElseThrow(() -> SelfServeException.notFound("NOTICE_NOT_FOUND"));
        if (notice.mailState() != DeliveryState.FAILED) {
            throw SelfServeException.conflict("NOTICE_NOT_FAILED");
        }
        String error = notice.lastError();
        notice.retry(clock.instant());
        Caller caller = profile.current();
        UUID partner = caller.tenant().id().equals(tenant.id()) ? null : caller.tenant().id();
        audit.record(new AuditRecord(tenant.id(), caller.userId(), caller.email(), partner, RETRIED, notice.id().toString(),
                "FAILED: " + error, "PENDING"));
        pending.fire(new NoticeWritten(notice.id()));
        return notice.delivery();
    }

    @Override
    public boolean keepsMail() {
        return !transport.sends();
    }

    @Override
    public List<KeptMail> keptMails(UUID tenantId, int offset, int limit) {
        Paging.check(offset, limit, LARGEST_PAGE);
        TenantRef tenant = scope.require(tenantId, READERS);
        return repository.noticesOfTenant(tenant.id(), DeliveryState.KEPT, offset, limit).stream().map(Notice::keptMail).toList();
    }
}
