package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductCatalog;
import selfserve.identity.api.Recipients;
import selfserve.identity.api.Recipients.Recipient;
import selfserve.licensing.api.LicenseEvent;
import selfserve.notifications.api.NoticeKind;
import selfserve.notifications.domain.Facts;

/**
 * Tells people what licensing did for or to them. Observes licensing's event synchronously, inside the
 * transaction of the change, so the notice commits or rolls back with it.
 */
@ApplicationScoped
public class LicenseNotices {

    /** Says "SelfServe" where nobody acted (a subscription that ran out took the licenses with it). */
    static final String SELFSERVE_ACTED = "notice.actor.selfserve";

    @Inject
    private Recipients recipients;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private Outbox outbox;

    void on(@Observes LicenseEvent event) {
        String about = event.requestId() != null ? event.requestId().toString()
                : event.subscriptionId() == null ? null : event.subscriptionId().toString();
        outbox.toUser(kindOf(event), event.recipientId(), about, facts(event));
    }

    /** The notice of each kind of event: one line per kind. */
    static NoticeKind kindOf(LicenseEvent event) {
        return switch (event.kind()) {
            case LICENSE_ASSIGNED -> NoticeKind.LICENSE_ASSIGNED;
            case LICENSE_REMOVED -> NoticeKind.LICENSE_REMOVED;
            case CANCEL_REQUESTED -> NoticeKind.CANCEL_REQUESTED;
            case REQUEST_RECEIVED -> NoticeKind.LICENSE_REQUEST_RECEIVED;
            case REQUEST_APPROVED -> NoticeKind.LICENSE_REQUEST_APPROVED;
            case REQUEST_DENIED -> NoticeKind.LICENSE_REQUEST_DENIED;
            case RECLAIM_NOTICE -> NoticeKind.LICENSES_TO_BE_RECLAIMED;
        };
    }

    /** Everything a licensing notice may say; each kind's sentences use the facts they name. */
    private Facts facts(LicenseEvent event) {
        String actor = event.actorId() == null ? null
                : recipients.recipient(event.actorId()).map(Recipient::displayName).orElse(null);
        Facts facts = new Facts()
                .text("product", catalog.product(event.productId()).map(Product::name).orElse(event.productId()))
                .number("quantity", event.count())
                .number("users", event.count())
                .day("on", event.dueAt())
                .note(event.message());
        for (String person : new String[] {"by", "admin", "requester"}) {
            if (actor == null) {
                facts.key(person, SELFSERVE_ACTED);
            } else {
                facts.text(person, actor);
            }
        }
        return facts;
    }
}
