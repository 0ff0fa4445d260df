package selfserve.commerce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import selfserve.commerce.api.BillingAddress;
import selfserve.commerce.api.BillingProfileView;
import selfserve.identity.api.SelfServeException;

/**
 * What a purchaser's invoices are billed to, as Microsoft 365 calls it a billing profile: the
 * organization's name and address, where invoices are mailed, an optional purchase-order number, and the
 * card new purchases default to. One per person; every invoice and invoice PDF of theirs shows it.
 */
@Entity
@Table(name = "COM_BILLING_PROFILE")
public class BillingProfile {

    public static final int LONGEST_ORGANIZATION = 200;
    public static final int LONGEST_EMAIL = 254;
    public static final int LONGEST_PURCHASE_ORDER = 50;
    // One @, something on either side, a dot in the domain: what a mail server needs, no more.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "TENANT_ID", nullable = false)
    private UUID tenantId;

    @Column(name = "OWNER_ID", nullable = false)
    private UUID ownerId;

    @Column(name = "ORGANIZATION_NAME", length = LONGEST_ORGANIZATION, nullable = false)
    private String organization;

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

    @Column(name = "INVOICE_EMAIL", length = LONGEST_EMAIL, nullable = false)
    private String invoiceEmail;

    @Column(name = "PURCHASE_ORDER", length = LONGEST_PURCHASE_ORDER)
    private String purchaseOrder;

    // Nullable ids are kept as text (see Ids).
    @Column(name = "DEFAULT_PAYMENT_METHOD_ID", length = 36)
    private String defaultPaymentMethodId;

    // Times in UTC (see PaymentMethod on why not Instants).
    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected BillingProfile() {
        // for JPA
    }

    /** A new profile; refused (nothing kept) when a value breaks a rule of {@link #change}. */
    public BillingProfile(UUID tenantId, UUID ownerId, String organization, BillingAddress address, String invoiceEmail,
                          String purchaseOrder, UUID defaultPaymentMethodId, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.ownerId = ownerId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        change(organization, address, invoiceEmail, purchaseOrder, defaultPaymentMethodId, now);
    }

    /**
     * New values, all checked before any is taken: an organization name of 1 to {@value #LONGEST_ORGANIZATION}
     * characters, an email address for invoices, a purchase-order number of at most
     * {@value #LONGEST_PURCHASE_ORDER} characters or none, an address within its columns. The caller has
     * checked that the default card is the owner's.
     */
    public void change(String organization, BillingAddress address, String invoiceEmail, String purchaseOrder,
                       UUID defaultPaymentMethodId, Instant now) {
        String name = organization == null ? "" : organization.strip();
        if (name.isEmpty() || name.length() > LONGEST_ORGANIZATION) {
            throw SelfServeException.invalid("BILLING_ORGANIZATION_INVALID", LONGEST_ORGANIZATION);
        }
        String email = invoiceEmail == null ? "" : invoiceEmail.strip();
        if (email.length() > LONGEST_EMAIL || !EMAIL.matcher(email).matches()) {
            throw SelfServeException.invalid("INVOICE_EMAIL_INVALID");
        }
        String order = purchaseOrder == null || purchaseOrder.isBlank() ? null : purchaseOrder.strip();
        if (order != null && order.length() > LONGEST_PURCHASE_ORDER) {
            throw SelfServeException.invalid("PURCHASE_ORDER_TOO_LONG", LONGEST_PURCHASE_ORDER);
        }
        BillingAddress checked = AddressCheck.check(address);
        this.organization = name;
        this.invoiceEmail = email;
        this.purchaseOrder = order;
        this.addressLine1 = checked == null ? null : checked.line1();
        this.addressLine2 = checked == null ? null : checked.line2();
        this.city = checked == null ? null : checked.city();
        this.postalCode = checked == null ? null : checked.postalCode();
        this.country = checked == null ? null : checked.country();
        this.defaultPaymentMethodId = Ids.text(defaultPaymentMethodId);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The card new purchases default to, when the person has none yet or the old one was removed. */
    public void defaultTo(UUID paymentMethodId, Instant now) {
        this.defaultPaymentMethodId = Ids.text(paymentMethodId);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public BillingProfileView view() {
        return new BillingProfileView(true, organization, address(), invoiceEmail, purchaseOrder, defaultPaymentMethodId(),
                updatedAt.toInstant());
    }

    /** A one-line summary for the audit trail: no card data, nothing but what the profile says. */
    public String summary() {
        return organization + " | " + invoiceEmail + (purchaseOrder == null ? "" : " | PO " + purchaseOrder)
                + (country == null ? "" : " | " + country) + " | default " + defaultPaymentMethodId;
    }

    public BillingAddress address() {
        if (addressLine1 == null && addressLine2 == null && city == null && postalCode == null && country == null) {
            return null;
        }
        return new BillingAddress(addressLine1, addressLine2, city, postalCode, country);
    }

    public UUID id() { return id; }
    public UUID ownerId() { return ownerId; }
    public String organization() { return organization; }
    public String invoiceEmail() { return invoiceEmail; }
    public String purchaseOrder() { return purchaseOrder; }
    public UUID defaultPaymentMethodId() { return Ids.uuid(defaultPaymentMethodId); }
}
