package selfserve.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantRef;
import selfserve.identity.api.TenantType;

/** One organization. */
@Entity
@Table(name = "IDN_TENANT")
public class Tenant {

    @Id
    @Column(name = "ID")
    private UUID id;

    @Column(name = "DISPLAY_NAME", length = 200, nullable = false, unique = true)
    private String displayName;

    /** ISO 3166-1 alpha-2. */
    @Column(name = "COUNTRY", length = 2, nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "TENANT_TYPE", length = 16, nullable = false)
    private TenantType type;

    /** ISO 4217. */
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    @Column(name = "MANAGED", nullable = false)
    private boolean managed;

    @Enumerated(EnumType.STRING)
    @Column(name = "DEFAULT_LOCALE", length = 24, nullable = false)
    private SupportedLocale defaultLocale;

    /** The AllowSelfServicePurchase value of every product without its own setting. */
    @Enumerated(EnumType.STRING)
    @Column(name = "SELF_SERVICE_DEFAULT", length = 40, nullable = false)
    private PolicyValue selfServiceDefault = PolicyValue.ENABLED;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Tenant() {
        // for JPA
    }

    public Tenant(String displayName, String country, TenantType type, String currency, boolean managed,
                  SupportedLocale defaultLocale) {
        this.id = UUID.randomUUID();
        this.displayName = displayName;
        this.country = country;
        this.type = type;
        this.currency = currency;
        this.managed = managed;
        this.defaultLocale = defaultLocale;
    }

    public void changeSelfServiceDefault(PolicyValue value) {
        this.selfServiceDefault = value;
    }

    public TenantRef ref() {
        return new TenantRef(id, displayName);
    }

    public UUID id() { return id; }
    public String displayName() { return displayName; }
    public String country() { return country; }
    public TenantType type() { return type; }
    public String currency() { return currency; }
    public boolean managed() { return managed; }
    public SupportedLocale defaultLocale() { return defaultLocale; }
    public PolicyValue selfServiceDefault() { return selfServiceDefault; }
}
