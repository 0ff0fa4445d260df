package selfserve.notifications.api;

import java.util.List;
import java.util.UUID;

/**
 * The delivery of a tenant's notices, for its Global admins and Global readers and for partners with a
 * delegation (identity's AdminScope decides). {@code tenantId} null means the caller's own tenant; a
 * tenant the caller does not administer is answered {@code TENANT_NOT_FOUND}.
 */
public interface NoticeDeliveries {

    int LARGEST_PAGE = 100;

    /** The tenant's notices, newest first; only those in {@code state} unless it is null. */
    List<Delivery> deliveries(UUID tenantId, DeliveryState state, int offset, int limit);

    long count(UUID tenantId, DeliveryState state);

    /**
     * Sends a failed mail again from now on (Global admins only): it becomes pending with fresh attempts.
     * {@code NOTICE_NOT_FOUND} for a notice of another tenant; {@code NOTICE_NOT_FAILED} unless it failed.
     */
    Delivery retry(UUID tenantId, UUID noticeId);

    /** Whether mail is kept instead of sent, because no SMTP server is configured. */
    boolean keepsMail();

    /** The tenant's kept mails, newest first. */
    List<KeptMail> keptMails(UUID tenantId, int offset, int limit);
}
