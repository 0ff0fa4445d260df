package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.SavedCard;

/**
 * A purchaser's card as SelfServe keeps it: the gateway's token, brand, last four digits, expiry,
 * name and billing address. The number and the security code are not here and never were.
 */
@Entity
@Table(name = "COM_PAYMENT_METHOD")
public class PaymentMethod {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "OWNER_ID", nullable = false)
    private UUID ownerId;

    @Column(name = "GATEWAY_TOKEN", length = 100, nullable = false)
    private String gatewayToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "BRAND", length = 20, nullable = false)
    private CardBrand brand;

    @Column(name = "LAST4", length = 4, nullable = false)
    private String last4;

    @Column(name = "EXPIRY_MONTH", nullable = false)
    private int expiryMonth;

    @Column(name = "EXPIRY_YEAR", nullable = false)
    private int expiryYear;

    @Column(name = "NAME_ON_CARD", length = 200, nullable = false)
    private String nameOnCard;

    @Column(name = "ADDRESS_LINE1", length = 200)
    private String addressLine1;

    @Column(name = "ADDRESS_LINE2", length = 200)
    private String addressLine2;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    /** In UTC (EclipseLink 4.0 maps OffsetDateTime to TIMESTAMP WITH TIME ZONE but would serialize an Instant). */
    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PaymentMethod() {
        // for JPA
    }

    public PaymentMethod(UUID tenantId, UUID ownerId, String gatewayToken, CardBrand brand, String last4, int expiryMonth,
                         int expiryYear, String nameOnCard, BillingAddress address, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.ownerId = ownerId;
        this.gatewayToken = gatewayToken;
        this.brand = brand;
        this.last4 = last4;
        this.expiryMonth = expiryMonth;
        this.expiryYear = expiryYear;
        this.nameOnCard = nameOnCard.strip();
        if (address != null) {
            this.addressLine1 = address.line1();
            this.addressLine2 = address.line2();
            this.city = address.city();
            this.postalCode = address.postalCode();
            this.country = address.country();
        }
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }

    public SavedCard view() {
        return new SavedCard(id, brand.name(), last4, expiryMonth, expiryYear, nameOnCard);
    }

    public UUID id() { return id; }
    public String gatewayToken() { return gatewayToken; }
    public CardBrand brand() { return brand; }
    public String last4() { return last4; }
}
