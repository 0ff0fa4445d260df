package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.TenantAccess.Decision;

class TenantAccessTest {

    private static final Set<Role> CHANGERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN);
    private static final Set<Role> READERS = Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN, Role.GLOBAL_READER);

    private final Tenant contoso = tenant("Contoso AB");
    private final Tenant northwind = tenant("Northwind Traders");
    private final Tenant fabrikam = tenant("Fabrikam Partners");

    @Test
    void inTheirOwnTenantTheRolesDecide() {
        assertEquals(Decision.ALLOWED, TenantAccess.decide(user(contoso, Role.BILLING_ADMIN), List.of(), contoso.id(), CHANGERS));
        assertEquals(Decision.FORBIDDEN, TenantAccess.decide(user(contoso, Role.GLOBAL_READER), List.of(), contoso.id(), CHANGERS));
        assertEquals(Decision.ALLOWED, TenantAccess.decide(user(contoso, Role.GLOBAL_READER), List.of(), contoso.id(), READERS));
        assertEquals(Decision.FORBIDDEN, TenantAccess.decide(user(contoso), List.of(), contoso.id(), READERS));
    }

    @Test
    void anotherTenantDoesNotExistForAnAdmin() {
        assertEquals(Decision.NOT_FOUND, TenantAccess.decide(user(northwind, Role.GLOBAL_ADMIN), List.of(), contoso.id(), READERS));
    }

    @Test
    void aPartnerActsOnlyOnCustomersThatDelegatedToThem() {
        User agent = user(fabrikam);
        List<PartnerDelegation> delegations = List.of(new PartnerDelegation(agent, contoso, Role.GLOBAL_ADMIN, Instant.EPOCH));

        assertEquals(Decision.ALLOWED, TenantAccess.decide(agent, delegations, contoso.id(), CHANGERS));
        assertEquals(Decision.NOT_FOUND, TenantAccess.decide(agent, delegations, northwind.id(), READERS));
        assertEquals(Decision.FORBIDDEN, TenantAccess.decide(agent, delegations, fabrikam.id(), READERS));
    }

    @Test
    void aDelegatedReaderMayReadButNotChange() {
        User agent = user(fabrikam);
        List<PartnerDelegation> delegations = List.of(new PartnerDelegation(agent, contoso, Role.GLOBAL_READER, Instant.EPOCH));

        assertEquals(Decision.ALLOWED, TenantAccess.decide(agent, delegations, contoso.id(), READERS));
        assertEquals(Decision.FORBIDDEN, TenantAccess.decide(agent, delegations, contoso.id(), CHANGERS));
    }

    private static Tenant tenant(String name) {
        return new Tenant(name, "SE", TenantType.COMMERCIAL, "SEK", true, SupportedLocale.SWEDISH);
    }

    private static User user(Tenant tenant, Role... roles) {
        return new User(tenant, "someone@" + tenant.displayName().replace(' ', '.') + ".example", "Someone", UserKind.MEMBER,
                UserSource.CLOUD, UserStatus.ACTIVE, null, null, Set.of(roles));
    }
}
