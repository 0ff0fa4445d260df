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

    /** When its owner removed it: kept for the invoices it paid, no longer listed or charged. */
    @Column(name = "REMOVED_AT")
    private OffsetDateTime removedAt;

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
        address(address);
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    private void address(BillingAddress address) {
        this.addressLine1 = address == null ? null : address.line1();
        this.addressLine2 = address == null ? null : address.line2();
        this.city = address == null ? null : address.city();
        this.postalCode = address == null ? null : address.postalCode();
        this.country = address == null ? null : address.country();
    }

    /** A card its owner may see, use and change: theirs and not removed. */
    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId) && removedAt == null;
    }

    /**
     * What the holder may change: expiry, name and billing address, once the gateway verified the
     * card with its security code. The number cannot change: a new number is a new card.
     */
    public void update(int newExpiryMonth, int newExpiryYear, String newNameOnCard, BillingAddress newAddress) {
        this.expiryMonth = newExpiryMonth;
        this.expiryYear = newExpiryYear;
        this.nameOnCard = newNameOnCard.strip();
        address(newAddress);
    }

    /** Taken out of the owner's cards; the row stays for the invoices it paid. */
    public void remove(Instant at) {
        this.removedAt = at.atOffset(ZoneOffset.UTC);
    }

    public SavedCard view(boolean isDefault) {
        return new SavedCard(id, brand.name(), last4, expiryMonth, expiryYear, nameOnCard, address(), isDefault);
    }

    public BillingAddress address() {
        if (addressLine1 == null && addressLine2 == null && city == null && postalCode == null && country == null) {
            return null;
        }
        return new BillingAddress(addressLine1, addressLine2, city, postalCode, country);
    }

    /** For the audit trail: what identifies the card to its holder, never more. */
    public String summary() {
        return brand + " *" + last4 + " " + expiryMonth + "/" + expiryYear + " " + nameOnCard
                + (country == null ? "" : " " + country);
    }

    public UUID id() { return id; }
    public String gatewayToken() { return gatewayToken; }
    public CardBrand brand() { return brand; }
    public String last4() { return last4; }
    public String nameOnCard() { return nameOnCard; }
    public UUID ownerId() { return ownerId; }
}
