package selfserve.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.audit.api.AuditRecord;
import selfserve.audit.api.AuditTrail;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.PasswordHasher;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;

/**
 * Outside demo mode no account exists until an operator creates the first Global admin. At the first
 * start with an empty directory, this reads the {@code SELFSERVE_BOOTSTRAP_*} environment variables (or
 * the equal {@code selfserve.bootstrap.*} server variables) and creates that tenant and admin. Once any
 * user exists it does nothing, so the variables may be removed after the first start.
 */
@Singleton
@Startup
@DependsOn("DemoSeeding")
public class FirstAdminBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstAdminBootstrap.class.getName());
    static final int SHORTEST_PASSWORD = 12;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.tenant-name")
    private Optional<String> tenantName;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.country", defaultValue = "US")
    private String country;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.currency", defaultValue = "USD")
    private String currency;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.locale", defaultValue = "en")
    private String locale;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.admin-email")
    private Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.admin-name", defaultValue = "Global admin")
    private String adminName;

    @Inject
    @ConfigProperty(name = "selfserve.bootstrap.admin-password")
    private Optional<String> adminPassword;

    @Inject
    private IdentityRepository repository;

    @Inject
    private AuditTrail audit;

    @PostConstruct
    void createFirstAdmin() {
        if (repository.anyUserExists()) {
            return;
        }
        if (tenantName.isEmpty() || adminEmail.isEmpty() || adminPassword.isEmpty()) {
            LOG.warning("No user exists. Set SELFSERVE_BOOTSTRAP_TENANT_NAME, SELFSERVE_BOOTSTRAP_ADMIN_EMAIL and "
                    + "SELFSERVE_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first Global admin (see README).");
            return;
        }
        if (adminPassword.get().length() < SHORTEST_PASSWORD) {
            LOG.severe("SELFSERVE_BOOTSTRAP_ADMIN_PASSWORD is shorter than " + SHORTEST_PASSWORD
                    + " characters; no Global admin was created.");
            return;
        }
        SupportedLocale language = SupportedLocale.ofTag(locale).orElse(SupportedLocale.ENGLISH);
        Tenant tenant = new Tenant(tenantName.get().strip(), country.strip().toUpperCase(), TenantType.COMMERCIAL,
                currency.strip().toUpperCase(), true, language);
        User admin = new User(tenant, adminEmail.get(), adminName, UserKind.MEMBER, UserSource.CLOUD, UserStatus.ACTIVE,
                null, new PasswordHasher().hash(adminPassword.get()), Set.of(Role.GLOBAL_ADMIN));
        repository.add(tenant);
        repository.add(admin);
        audit.record(AuditRecord.of(tenant.id(), null, "bootstrap", IdentityAudit.USER_CREATED, admin.id().toString()));
        LOG.info(() -> "Created the first Global admin " + admin.email() + " of tenant " + tenant.displayName());
    }
}
