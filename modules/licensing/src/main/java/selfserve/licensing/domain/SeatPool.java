package selfserve.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import selfserve.identity.api.SelfServeException;

/**
 * The seats of one subscription: as many as its licenses, and how many are assigned. Changed only under
 * a row lock (see LicensingRepository), so that concurrent assignments never take more seats than there are.
 */
@Entity
@Table(name = "LIC_SEAT_POOL")
public class SeatPool {

    @Id
    @Column(name = "SUBSCRIPTION_ID")
    private UUID subscriptionId;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "PRODUCT_ID", length = 20, nullable = false)
    private String productId;

    /** Null for a central subscription. Nullable ids are text: EclipseLink 4.0 cannot read a NULL UUID. */
    @Column(name = "PURCHASER_ID", length = 36)
    private String purchaserId;

    @Column(name = "SEATS", nullable = false)
    private int seats;

    @Column(name = "ASSIGNED", nullable = false)
    private int assigned;

    /** False once the subscription was canceled, expired or ended its trial: its seats are gone. */
    @Column(name = "RUNNING", nullable = false)
    private boolean running;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected SeatPool() {
    }

    public SeatPool(UUID subscriptionId, UUID tenantId, String productId, UUID purchaserId, int seats) {
        this.subscriptionId = subscriptionId;
        this.tenantId = tenantId;
        this.productId = productId;
        this.purchaserId = purchaserId == null ? null : purchaserId.toString();
        this.seats = seats;
        this.running = true;
    }

    public int free() {
        return running ? seats - assigned : 0;
    }

    /** Takes seats for {@code count} new assignments, or refuses them all with the number that is free. */
    public void take(int count) {
        if (!running) {
            throw SelfServeException.conflict("SUBSCRIPTION_NOT_RUNNING");
        }
        if (count > free()) {
            throw SelfServeException.conflict("NOT_ENOUGH_SEATS", count, free());
        }
        assigned += count;
    }

    public void release(int count) {
        assigned = Math.max(0, assigned - count);
    }

    /** The subscription's new number of licenses; never fewer than are assigned. */
    public void resize(int newSeats) {
        if (newSeats < assigned) {
            throw SelfServeException.invalid("QUANTITY_BELOW_ASSIGNED", assigned);
        }
        seats = newSeats;
    }

    /** The subscription ended: no seat is held any more. */
    public void stop() {
        running = false;
        assigned = 0;
    }

    public boolean isPurchasedBy(UUID userId) {
        return purchaserId != null && purchaserId.equals(userId.toString());
    }

    public boolean isSelfService() {
        return purchaserId != null;
    }

    public UUID subscriptionId() { return subscriptionId; }
    public UUID tenantId() { return tenantId; }
    public String productId() { return productId; }
    public UUID purchaserId() { return purchaserId == null ? null : UUID.fromString(purchaserId); }
    public int seats() { return seats; }
    public int assigned() { return assigned; }
    public boolean isRunning() { return running; }
}
