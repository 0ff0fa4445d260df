package selfserve.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import selfserve.licensing.api.RequestOutcome;

/** One person a license request names, and the admin's answer for them. */
@Entity
@Table(name = "LIC_LICENSE_REQUEST_LINE")
public class LicenseRequestLine {

    @Id
    @Column(name = "ID")
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "REQUEST_ID", nullable = false)
    private LicenseRequest request;

    @Column(name = "USER_ID", nullable = false)
    private UUID userId;

    /** The order in which the requester named the people. */
    @Column(name = "POSITION", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 12, nullable = false)
    private RequestOutcome outcome;

    protected LicenseRequestLine() {
    }

    LicenseRequestLine(LicenseRequest request, UUID userId, int position) {
        this.id = UUID.randomUUID();
        this.request = request;
        this.userId = userId;
        this.position = position;
        this.outcome = RequestOutcome.PENDING;
    }

    void answer(RequestOutcome answer) {
        this.outcome = answer;
    }

    public UUID userId() { return userId; }
    public int position() { return position; }
    public RequestOutcome outcome() { return outcome; }
}
