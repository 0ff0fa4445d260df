package selfserve.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.Role;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.ApiToken;
import selfserve.identity.domain.PartnerDelegation;
import selfserve.identity.domain.PolicySetting;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;

/** Queries on identity's own tables; runs in the transaction of the EJB that calls it. */
@ApplicationScoped
public class IdentityRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager entities;

    public Optional<User> userByEmail(String email) {
        return entities.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", User.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<User> user(UUID id) {
        return Optional.ofNullable(entities.find(User.class, id));
    }

    /**
     * Those of the given users who belong to the tenant. Their roles (an eager collection) are read for all of them
     * in one more query (EclipseLink batch reading, IN), not one query per user: the CSV export names a thousand
     * holders at a time, and one query per user made it ~20 times slower (issue 8's benchmark).
     */
    public List<User> usersOf(UUID tenantId, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select u from User u where u.tenant.id = :tenant and u.id in :ids", User.class)
                .setParameter("tenant", tenantId)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "u.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch.size", Math.max(1, ids.size()))
                .getResultList();
    }

    /** Ids asked for in one IN list: H2 checks every row it finds against the whole list, one value after another. */
    static final int IDS_PER_QUERY = 100;

    /**
     * Names, emails and status of those of the given users who belong to the tenant, read as plain values: no
     * entities to build and no roles to read, and at most {@value #IDS_PER_QUERY} ids per statement. The CSV export
     * names a thousand holders at a time this way; one statement with a thousand ids spent most of the export's
     * time comparing each found row with the list (issue 8's benchmark).
     */
    public List<Person> peopleOf(UUID tenantId, Set<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<Person> people = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            entities.createQuery("""
                            select u.id, u.displayName, u.email, u.status from User u
                            where u.tenant.id = :tenant and u.id in :ids""", Object[].class)
                    .setParameter("tenant", tenantId)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .getResultStream()
                    .map(row -> new Person((UUID) row[0], (String) row[1], (String) row[2], (UserStatus) row[3]))
                    .forEach(people::add);
        }
        return people;
    }

    /** Active members (no guests) of a tenant whose name or email contains the text, by name. */
    public List<User> assignablePeople(UUID tenantId, String text, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return entities.createQuery("""
                        select u from User u where u.tenant.id = :tenant and u.status = :active and u.kind = :member
                        and (lower(u.displayName) like :pattern escape '\\' or lower(u.email) like :pattern escape '\\')
                        order by u.displayName, u.email""", User.class)
                .setParameter("tenant", tenantId)
                .setParameter("active", UserStatus.ACTIVE)
                .setParameter("member", UserKind.MEMBER)
                .setParameter("pattern", pattern)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The users of the tenant who hold one of the roles, ordered by email. */
    public List<User> holdersOf(UUID tenantId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("""
                        select distinct u from User u join u.roles r where u.tenant.id = :tenant and r in :roles
                        order by u.email""", User.class)
                .setParameter("tenant", tenantId)
                .setParameter("roles", roles)
                .getResultList();
    }

    public Optional<Tenant> tenant(UUID id) {
        return Optional.ofNullable(entities.find(Tenant.class, id));
    }

    public Optional<Tenant> tenantByName(String displayName) {
        return entities.createQuery("select t from Tenant t where t.displayName = :name", Tenant.class)
                .setParameter("name", displayName)
                .getResultStream().findFirst();
    }

    public boolean anyUserExists() {
        return !entities.createQuery("select u.id from User u", UUID.class).setMaxResults(1).getResultList().isEmpty();
    }

    public List<PartnerDelegation> delegationsOf(User agent) {
        return entities.createQuery("""
                        select d from PartnerDelegation d join fetch d.customerTenant
                        where d.agent = :agent order by d.customerTenant.displayName""", PartnerDelegation.class)
                .setParameter("agent", agent)
                .getResultList();
    }

    public boolean delegationExists(User agent, Tenant customer) {
        return !entities.createQuery("select d.id from PartnerDelegation d where d.agent = :agent and d.customerTenant = :customer", UUID.class)
                .setParameter("agent", agent)
                .setParameter("customer", customer)
                .getResultList().isEmpty();
    }

    public Optional<ApiToken> tokenBySecretHash(String secretHash) {
        return entities.createQuery("select t from ApiToken t join fetch t.user where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    public List<ApiToken> tokensOf(User user) {
        return entities.createQuery("select t from ApiToken t where t.user = :user order by t.createdAt desc", ApiToken.class)
                .setParameter("user", user)
                .getResultList();
    }

    /** Counts a failure without a version check, so that concurrent failures are all counted. */
    public void countFailedSignIn(User user, Instant at) {
        entities.createQuery("update User u set u.failedSignIns = u.failedSignIns + 1, u.lastFailedSignIn = :at where u.id = :id")
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .setParameter("id", user.id())
                .executeUpdate();
    }

    /**
     * Notes a successful sign-in; true if it was written. At most one write an hour per person: HTTP Basic
     * signs in with every request, and the unused-licenses report counts days, not minutes.
     */
    public boolean recordSignIn(User user, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return entities.createQuery("""
                        update User u set u.lastSignIn = :at
                        where u.id = :id and (u.lastSignIn is null or u.lastSignIn < :hourAgo)""")
                .setParameter("at", at)
                .setParameter("id", user.id())
                .setParameter("hourAgo", at.minusHours(1))
                .executeUpdate() > 0;
    }

    /** People of a tenant who are disabled or have not signed in since {@code cutoff} (or never). */
    public List<User> inactiveSince(UUID tenantId, Instant cutoff) {
        return entities.createQuery("""
                        select u from User u where u.tenant.id = :tenant
                        and (u.status = :disabled or u.lastSignIn is null or u.lastSignIn < :cutoff)""", User.class)
                .setParameter("tenant", tenantId)
                .setParameter("disabled", UserStatus.DISABLED)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    public void resetFailedSignIns(User user) {
        if (user.failedSignIns() > 0) {
            entities.createQuery("update User u set u.failedSignIns = 0, u.lastFailedSignIn = null where u.id = :id")
                    .setParameter("id", user.id())
                    .executeUpdate();
        }
    }

    /** The products of a tenant that have their own policy setting, by product id. */
    public Map<String, PolicySetting> policySettings(Tenant tenant) {
        return entities.createQuery("select p from PolicySetting p where p.tenant = :tenant", PolicySetting.class)
                .setParameter("tenant", tenant)
                .getResultStream()
                .collect(Collectors.toMap(PolicySetting::productId, p -> p));
    }

    public Optional<PolicySetting> policySetting(Tenant tenant, String productId) {
        return entities.createQuery("select p from PolicySetting p where p.tenant = :tenant and p.productId = :product",
                        PolicySetting.class)
                .setParameter("tenant", tenant)
                .setParameter("product", productId)
                .getResultStream().findFirst();
    }

    public void add(Object entity) {
        entities.persist(entity);
    }
}
