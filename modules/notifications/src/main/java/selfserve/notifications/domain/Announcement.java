package selfserve.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * That a reminder (a trial ending soon, an annual renewal) was noticed for one subscription and the day
 * it reminds of: commerce announces it on every renewal run in the window, people hear it once per term.
 */
@Entity
@Table(name = "NTF_ANNOUNCEMENT")
public class Announcement {

    /** Subscription, kind and day as one text (EclipseLink 4.0 embeds no records): the primary key. */
    @Id
    @Column(name = "ID", length = 120)
    private String id;

    @Column(name = "SUBSCRIPTION_ID", length = 36, nullable = false)
    private String subscriptionId;

    @Column(name = "ANNOUNCED_AT", nullable = false)
    private OffsetDateTime announcedAt;

    protected Announcement() {
        // for JPA
    }

    public Announcement(UUID subscriptionId, String kind, Instant due, Instant at) {
        this.id = idOf(subscriptionId, kind, due);
        this.subscriptionId = subscriptionId.toString();
        this.announcedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The key of one reminder: the same subscription, kind and UTC day is the same reminder. */
    public static String idOf(UUID subscriptionId, String kind, Instant due) {
        return subscriptionId + "/" + kind + "/" + LocalDate.ofInstant(due, ZoneOffset.UTC);
    }

    public String id() { return id; }
}
