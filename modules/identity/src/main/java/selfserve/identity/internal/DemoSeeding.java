package selfserve.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import selfserve.identity.api.DemoDirectorySeeded;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;
import selfserve.identity.domain.PartnerDelegation;
import selfserve.identity.domain.PasswordHasher;
import selfserve.identity.domain.PolicySetting;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;
import selfserve.identity.internal.DemoDirectory.DemoDelegation;
import selfserve.identity.internal.DemoDirectory.DemoPolicy;
import selfserve.identity.internal.DemoDirectory.DemoTenant;
import selfserve.identity.internal.DemoDirectory.DemoUser;

/**
 * In demo mode (server variable {@code selfserve.demo=true}) makes sure the demo tenants, users and
 * delegations exist, then announces them so that other modules add their demo data. Whatever exists
 * already is left as it is, so a restart adds nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoSeeding {

    private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

    @Inject
    @ConfigProperty(name = "selfserve.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private IdentityRepository repository;

    @Inject
    private Clock clock;

    @Inject
    private Event<DemoDirectorySeeded> seeded;

    @PostConstruct
    void seedAtStart() {
        if (demo) {
            int added = seedMissing();
            seeded.fire(new DemoDirectorySeeded(people()));
            LOG.info(() -> "Demo mode: " + added + " demo records added; sign in with any demo account and the password "
                    + DemoDirectory.PASSWORD);
        }
    }

    private Map<String, DemoPerson> people() {
        Map<String, DemoPerson> people = new HashMap<>();
        for (DemoUser u : DemoDirectory.USERS) {
            User user = repository.userByEmail(u.email()).orElseThrow();
            people.put(user.email(), new DemoPerson(user.id(), user.tenant().id(), user.tenant().currency()));
        }
        return people;
    }

    /** Adds the demo records that do not exist yet and answers how many; does nothing outside demo mode. */
    public int seedMissing() {
        return demo ? addMissingTenants() + addMissingUsers() + addMissingDelegations() + addMissingPolicies() : 0;
    }

    private int addMissingTenants() {
        int added = 0;
        for (DemoTenant t : DemoDirectory.TENANTS) {
            if (repository.tenantByName(t.name()).isEmpty()) {
                repository.add(new Tenant(t.name(), t.country(), t.type(), t.currency(), true, t.locale()));
                added++;
            }
        }
        return added;
    }

    private int addMissingUsers() {
        PasswordHasher hasher = new PasswordHasher();
        int added = 0;
        for (DemoUser u : DemoDirectory.USERS) {
            if (repository.userByEmail(u.email()).isEmpty()) {
                Tenant tenant = repository.tenantByName(u.tenant()).orElseThrow();
                repository.add(new User(tenant, u.email(), u.name(), u.kind(), u.source(), u.status(), null,
                        hasher.hash(DemoDirectory.PASSWORD), u.roles()));
                added++;
            }
        }
        return added;
    }

    private int addMissingDelegations() {
        int added = 0;
        for (DemoDelegation d : DemoDirectory.DELEGATIONS) {
            User agent = repository.userByEmail(d.agentEmail()).orElseThrow();
            Tenant customer = repository.tenantByName(d.customerTenant()).orElseThrow();
            if (!repository.delegationExists(agent, customer)) {
                repository.add(new PartnerDelegation(agent, customer, d.role(), clock.instant()));
                added++;
            }
        }
        return added;
    }

    /** A setting an admin changed since stays as they left it: only a product without any setting gets the demo's. */
    private int addMissingPolicies() {
        int added = 0;
        for (DemoPolicy p : DemoDirectory.POLICIES) {
            Tenant tenant = repository.tenantByName(p.tenant()).orElseThrow();
            if (repository.policySetting(tenant, p.productId()).isEmpty()) {
                User admin = repository.userByEmail(p.setBy()).orElseThrow();
                repository.add(new PolicySetting(tenant, p.productId(), p.value(), admin.id(), clock.instant()));
                added++;
            }
        }
        return added;
    }
}
