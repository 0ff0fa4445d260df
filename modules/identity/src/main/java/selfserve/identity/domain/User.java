package selfserve.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;

/** A person in one tenant with the admin roles they hold there. */
@Entity
@Table(name = "IDN_USER")
public class User {

    @Id
    @Column(name = "ID")
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "TENANT_ID", nullable = false)
    private Tenant tenant;

    /** The sign-in name, stored in lower case. */
    @Column(name = "EMAIL", length = 320, nullable = false, unique = true)
    private String email;

    @Column(name = "DISPLAY_NAME", length = 200, nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private UserKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 16, nullable = false)
    private UserSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private UserStatus status;

    /** The language the user chose; null until they choose one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "PREFERRED_LOCALE", length = 24)
    private SupportedLocale preferredLocale;

    /** A PBKDF2 hash as {@link PasswordHasher} writes it; null for a user who cannot sign in with a password. */
    @Column(name = "PASSWORD_HASH", length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "IDN_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 32, nullable = false)
    private Set<Role> roles = new HashSet<>();

    /** Consecutive failed sign-ins; changed only by bulk updates, so concurrent failures all count. */
    @Column(name = "FAILED_SIGN_INS", nullable = false)
    private int failedSignIns;

    /** In UTC (see AuditEntry on why not an Instant). */
    @Column(name = "LAST_FAILED_SIGN_IN")
    private OffsetDateTime lastFailedSignIn;

    /** Updated at most once an hour (see IdentityRepository.recordSignIn); null if they never signed in. */
    @Column(name = "LAST_SIGN_IN_AT")
    private OffsetDateTime lastSignIn;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected User() {
        // for JPA
    }

    public User(Tenant tenant, String email, String displayName, UserKind kind, UserSource source,
                UserStatus status, SupportedLocale preferredLocale, String passwordHash, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.tenant = tenant;
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.kind = kind;
        this.source = source;
        this.status = status;
        this.preferredLocale = preferredLocale;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Sign-in names compare without case and surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The language to show: the user's choice, else the tenant's default. */
    public SupportedLocale locale() {
        return preferredLocale != null ? preferredLocale : tenant.defaultLocale();
    }

    public void choose(SupportedLocale locale) {
        this.preferredLocale = locale;
    }

    /** Disabled, the person can no longer sign in nor use their API tokens; enabled again, they can. */
    public void changeStatus(UserStatus newStatus) {
        this.status = newStatus;
    }

    public boolean isActive() {
        return status == UserStatus.ACTIVE;
    }

    public UUID id() { return id; }
    public Tenant tenant() { return tenant; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public UserKind kind() { return kind; }
    public UserSource source() { return source; }
    public UserStatus status() { return status; }
    public SupportedLocale preferredLocale() { return preferredLocale; }
    public String passwordHash() { return passwordHash; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public int failedSignIns() { return failedSignIns; }
    public Instant lastSignIn() { return lastSignIn == null ? null : lastSignIn.toInstant(); }
    public Instant lastFailedSignIn() { return lastFailedSignIn == null ? null : lastFailedSignIn.toInstant(); }
}
