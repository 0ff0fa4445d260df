package selfserve.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.identity.api.SelfServeException;
import selfserve.licensing.api.LicenseRequests;

/**
 * How a tenant's members ask for licenses: SelfServe's request form, or the tenant's own message
 * and https link shown instead of it. A tenant without a row uses the form.
 */
@Entity
@Table(name = "LIC_REQUEST_FLOW")
public class RequestFlow {

    public static final int MOST_MESSAGE_CHARACTERS = LicenseRequests.MOST_FLOW_MESSAGE_CHARACTERS;

    @Id
    @Column(name = "TENANT_ID")
    private UUID tenantId;

    @Column(name = "OWN_FLOW", nullable = false)
    private boolean ownFlow;

    @Column(name = "MESSAGE", length = MOST_MESSAGE_CHARACTERS)
    private String message;

    @Column(name = "LINK", length = HttpsLink.MOST_CHARACTERS)
    private String link;

    @Column(name = "CHANGED_AT", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "CHANGED_BY", nullable = false)
    private UUID changedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RequestFlow() {
    }

    public RequestFlow(UUID tenantId) {
        this.tenantId = tenantId;
    }

    /**
     * Switches the tenant's own flow on (a message and an https link are then required) or off (what was
     * written is kept, so that switching on again needs no retyping, and checked only if given).
     */
    public void change(boolean own, String newMessage, String newLink, UUID by, Instant at) {
        String text = PlainText.of(newMessage, MOST_MESSAGE_CHARACTERS, "FLOW_MESSAGE_TOO_LONG");
        boolean linkGiven = newLink != null && !newLink.isBlank();
        if (own && text == null) {
            throw SelfServeException.invalid("FLOW_MESSAGE_REQUIRED");
        }
        String checkedLink = own || linkGiven ? HttpsLink.of(newLink) : null;
        this.ownFlow = own;
        this.message = text;
        this.link = checkedLink;
        this.changedBy = by;
        this.changedAt = at.atOffset(ZoneOffset.UTC);
    }

    public UUID tenantId() { return tenantId; }
    public boolean isOwnFlow() { return ownFlow; }
    public String message() { return message; }
    public String link() { return link; }
}
