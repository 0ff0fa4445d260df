package selfserve.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.identity.api.PolicyValue;

/** A product's own AllowSelfServicePurchase value in one tenant, under the product's current id. */
@Entity
@Table(name = "IDN_PURCHASE_POLICY")
public class PolicySetting {

    @Id
    @Column(name = "ID")
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "TENANT_ID", nullable = false)
    private Tenant tenant;

    @Column(name = "PRODUCT_ID", length = 20, nullable = false)
    private String productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "POLICY_VALUE", length = 40, nullable = false)
    private PolicyValue value;

    /** In UTC (see AuditEntry on why not an Instant). */
    @Column(name = "CHANGED_AT", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "CHANGED_BY", nullable = false)
    private UUID changedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PolicySetting() {
        // for JPA
    }

    public PolicySetting(Tenant tenant, String productId, PolicyValue value, UUID changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.tenant = tenant;
        this.productId = productId;
        change(value, changedBy, changedAt);
    }

    public void change(PolicyValue newValue, UUID by, Instant at) {
        this.value = newValue;
        this.changedBy = by;
        this.changedAt = at.atOffset(ZoneOffset.UTC);
    }

    public String productId() { return productId; }
    public PolicyValue value() { return value; }
}
