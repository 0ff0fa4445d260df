package selfserve.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.Role;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;
import selfserve.identity.internal.DemoDirectory.DemoTenant;
import selfserve.identity.internal.DemoDirectory.DemoUser;

class DemoDirectoryTest {

    @Test
    void nineTenantsWithTheirCountryTypeAndCurrency() {
        Set<String> rows = DemoDirectory.TENANTS.stream()
                .map(t -> t.name() + "|" + t.country() + "|" + t.type() + "|" + t.currency() + "|" + t.locale().tag())
                .collect(Collectors.toSet());

        assertEquals(Set.of("Contoso AB|SE|COMMERCIAL|SEK|sv-SE", "Contoso China|CN|COMMERCIAL|CNY|zh-CN",
                "Contoso Taiwan|TW|COMMERCIAL|TWD|zh-TW", "Northwind Traders|US|COMMERCIAL|USD|en",
                "Contoso Brasil|BR|COMMERCIAL|BRL|en", "Contoso India|IN|COMMERCIAL|INR|en",
                "State Agency|US|GOVERNMENT|USD|en", "Lakeside School|SE|EDUCATION|SEK|sv-SE",
                "Fabrikam Partners|US|COMMERCIAL|USD|en"), rows);
    }

    @Test
    void everyUserBelongsToADemoTenantAndEmailsAreUnique() {
        Set<String> tenants = DemoDirectory.TENANTS.stream().map(DemoTenant::name).collect(Collectors.toSet());
        Set<String> emails = new HashSet<>();
        for (DemoUser user : DemoDirectory.USERS) {
            assertTrue(tenants.contains(user.tenant()), user.email());
            assertTrue(emails.add(user.email()), "duplicate " + user.email());
        }
        assertEquals(20, emails.size());
    }

    @Test
    void theSpecialCasesOfTheDemo() {
        assertEquals(Set.of(Role.GLOBAL_ADMIN), user("admin@contoso.se").roles());
        assertEquals(Set.of(Role.BILLING_ADMIN), user("billing@contoso.se").roles());
        assertEquals(Set.of(Role.GLOBAL_READER), user("reader@contoso.se").roles());
        assertEquals(Set.of(Role.LICENSE_ADMIN), user("licenses@contoso.se").roles());
        assertEquals(UserSource.SYNCED, user("karin@contoso.se").source());
        assertEquals(UserStatus.DISABLED, user("olof@contoso.se").status());
        assertEquals(UserKind.GUEST, user("guest.user@example.org").kind());
        assertEquals(Set.of(), user("anna@contoso.se").roles());
        assertEquals(TenantType.GOVERNMENT, tenantOf("clerk@agency.gov").type());
        assertEquals(Set.of("Contoso AB", "Northwind Traders"), DemoDirectory.DELEGATIONS.stream()
                .filter(d -> d.agentEmail().equals("agent@fabrikam-partners.com") && d.role() == Role.GLOBAL_ADMIN)
                .map(DemoDirectory.DemoDelegation::customerTenant).collect(Collectors.toSet()));
    }

    private static DemoUser user(String email) {
        return DemoDirectory.USERS.stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
    }

    private static DemoTenant tenantOf(String email) {
        String name = user(email).tenant();
        return DemoDirectory.TENANTS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
