package selfserve.identity.internal;

import static selfserve.identity.api.Role.BILLING_ADMIN;
import static selfserve.identity.api.Role.GLOBAL_ADMIN;
import static selfserve.identity.api.Role.GLOBAL_READER;
import static selfserve.identity.api.Role.LICENSE_ADMIN;
import static selfserve.identity.api.SupportedLocale.ENGLISH;
import static selfserve.identity.api.SupportedLocale.SIMPLIFIED_CHINESE;
import static selfserve.identity.api.SupportedLocale.SWEDISH;
import static selfserve.identity.api.SupportedLocale.TRADITIONAL_CHINESE;
import static selfserve.identity.api.TenantType.COMMERCIAL;
import static selfserve.identity.api.TenantType.EDUCATION;
import static selfserve.identity.api.TenantType.GOVERNMENT;
import static selfserve.identity.api.UserKind.GUEST;
import static selfserve.identity.api.UserKind.MEMBER;
import static selfserve.identity.api.UserSource.CLOUD;
import static selfserve.identity.api.UserSource.SYNCED;
import static selfserve.identity.api.UserStatus.ACTIVE;
import static selfserve.identity.api.UserStatus.DISABLED;

import java.util.List;
import java.util.Set;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Role;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;

/** The demo organizations and people, exactly as the README lists them. */
final class DemoDirectory {

    static final String PASSWORD = "SelfServe-demo-2026";

    record DemoTenant(String name, String country, TenantType type, String currency, SupportedLocale locale) {
    }

    record DemoUser(String email, String name, String tenant, UserKind kind, UserSource source, UserStatus status,
                    Set<Role> roles) {

        static DemoUser member(String email, String name, String tenant) {
            return new DemoUser(email, name, tenant, MEMBER, CLOUD, ACTIVE, Set.of());
        }

        static DemoUser admin(String email, String name, String tenant, Role role) {
            return new DemoUser(email, name, tenant, MEMBER, CLOUD, ACTIVE, Set.of(role));
        }
    }

    /** A partner agent's delegated right over a customer. */
    record DemoDelegation(String agentEmail, String customerTenant, Role role) {
    }

    static final String CONTOSO_AB = "Contoso AB";
    static final String CONTOSO_CHINA = "Contoso China";
    static final String CONTOSO_TAIWAN = "Contoso Taiwan";
    static final String NORTHWIND = "Northwind Traders";
    static final String FABRIKAM = "Fabrikam Partners";

    static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant(CONTOSO_AB, "SE", COMMERCIAL, "SEK", SWEDISH),
            new DemoTenant(CONTOSO_CHINA, "CN", COMMERCIAL, "CNY", SIMPLIFIED_CHINESE),
            new DemoTenant(CONTOSO_TAIWAN, "TW", COMMERCIAL, "TWD", TRADITIONAL_CHINESE),
            new DemoTenant(NORTHWIND, "US", COMMERCIAL, "USD", ENGLISH),
            new DemoTenant("Contoso Brasil", "BR", COMMERCIAL, "BRL", ENGLISH),
            new DemoTenant("Contoso India", "IN", COMMERCIAL, "INR", ENGLISH),
            new DemoTenant("State Agency", "US", GOVERNMENT, "USD", ENGLISH),
            new DemoTenant("Lakeside School", "SE", EDUCATION, "SEK", SWEDISH),
            new DemoTenant(FABRIKAM, "US", COMMERCIAL, "USD", ENGLISH));

    static final List<DemoUser> USERS = List.of(
            DemoUser.admin("admin@contoso.se", "Sofia Lund", CONTOSO_AB, GLOBAL_ADMIN),
            DemoUser.admin("billing@contoso.se", "Lars Holm", CONTOSO_AB, BILLING_ADMIN),
            DemoUser.admin("reader@contoso.se", "Eva Strand", CONTOSO_AB, GLOBAL_READER),
            DemoUser.admin("licenses@contoso.se", "Nils Berg", CONTOSO_AB, LICENSE_ADMIN),
            DemoUser.member("anna@contoso.se", "Anna Svensson", CONTOSO_AB),
            DemoUser.member("erik@contoso.se", "Erik Johansson", CONTOSO_AB),
            new DemoUser("karin@contoso.se", "Karin Lindqvist", CONTOSO_AB, MEMBER, SYNCED, ACTIVE, Set.of()),
            new DemoUser("olof@contoso.se", "Olof Nilsson", CONTOSO_AB, MEMBER, CLOUD, DISABLED, Set.of()),
            new DemoUser("guest.user@example.org", "Guest User", CONTOSO_AB, GUEST, CLOUD, ACTIVE, Set.of()),
            DemoUser.admin("admin@contoso.cn", "王芳", CONTOSO_CHINA, GLOBAL_ADMIN),
            DemoUser.member("li.wei@contoso.cn", "李伟", CONTOSO_CHINA),
            DemoUser.admin("admin@contoso.tw", "林志明", CONTOSO_TAIWAN, GLOBAL_ADMIN),
            DemoUser.member("chen.mei@contoso.tw", "陳美", CONTOSO_TAIWAN),
            DemoUser.admin("admin@northwind.com", "Nancy Davolio", NORTHWIND, GLOBAL_ADMIN),
            DemoUser.member("sam@northwind.com", "Sam Carter", NORTHWIND),
            DemoUser.member("joao@contoso.com.br", "João Silva", "Contoso Brasil"),
            DemoUser.member("priya@contoso.in", "Priya Sharma", "Contoso India"),
            DemoUser.member("clerk@agency.gov", "Jordan Lee", "State Agency"),
            DemoUser.member("teacher@lakeside.edu", "Ingrid Larsson", "Lakeside School"),
            DemoUser.member("agent@fabrikam-partners.com", "Alex Morgan", FABRIKAM));

    static final List<DemoDelegation> DELEGATIONS = List.of(
            new DemoDelegation("agent@fabrikam-partners.com", CONTOSO_AB, GLOBAL_ADMIN),
            new DemoDelegation("agent@fabrikam-partners.com", NORTHWIND, GLOBAL_ADMIN));

    /** A product's own AllowSelfServicePurchase setting in a demo tenant, as its admin set it. */
    record DemoPolicy(String tenant, String productId, PolicyValue value, String setBy) {
    }

    /**
     * Contoso AB keeps Microsoft 365 Copilot for central buying: its members ask for a license instead,
     * as erik@contoso.se does in the demo's pending license request.
     */
    static final List<DemoPolicy> POLICIES = List.of(
            new DemoPolicy(CONTOSO_AB, "CFQ7TTC0MM8R", PolicyValue.DISABLED, "admin@contoso.se"));

    private DemoDirectory() {
    }
}
