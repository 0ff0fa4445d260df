package selfserve.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.EligibilityDecision;
import selfserve.identity.api.IneligibilityReason;
import selfserve.identity.api.PolicyValue;
import selfserve.identity.api.Product;
import selfserve.identity.api.ProductFamily;
import selfserve.identity.api.PurchaseKind;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;
import selfserve.identity.domain.EligibilityRules;
import selfserve.identity.domain.Tenant;
import selfserve.identity.domain.User;
import selfserve.identity.internal.DemoDirectory.DemoUser;

/** Eligibility for the demo directory's people, one row per case. */
class DemoEligibilityTest {

    private static final Map<String, Product> PRODUCTS = List.of(
                    new Product("CFQ7TTC0H9MP", List.of("CFQ7TTC0L3PB"), "Power BI Pro", ProductFamily.POWER_BI, false),
                    new Product("CFQ7TTC0HD32", List.of("CFQ7TTC0KXN8"), "Visio Plan 2", ProductFamily.VISIO, false),
                    new Product("CFQ7TTC0HD33", List.of("CFQ7TTC0KXN9"), "Visio Plan 1", ProductFamily.VISIO, true),
                    new Product("CFQ7TTC0HDB0", List.of("CFQ7TTC0KXNC"), "Project Plan 3", ProductFamily.PROJECT, false),
                    new Product("CFQ7TTC0J1FV", List.of(), "Teams Exploratory", ProductFamily.TEAMS, true))
            .stream().collect(Collectors.toMap(Product::name, Function.identity()));

    private static final Map<String, Tenant> TENANTS = DemoDirectory.TENANTS.stream().collect(Collectors.toMap(
            DemoDirectory.DemoTenant::name, t -> new Tenant(t.name(), t.country(), t.type(), t.currency(), true, t.locale())));

    @ParameterizedTest(name = "{0} buying {1} under {2}: {3}")
    @CsvSource({
            "anna@contoso.se,        Power BI Pro,      ENABLED,  ELIGIBLE",
            "karin@contoso.se,       Power BI Pro,      ENABLED,  ELIGIBLE",
            "admin@contoso.se,       Visio Plan 2,      ENABLED,  ELIGIBLE",
            "joao@contoso.com.br,    Power BI Pro,      ENABLED,  ELIGIBLE",
            "joao@contoso.com.br,    Visio Plan 2,      ENABLED,  PRODUCT_NOT_IN_COUNTRY",
            "joao@contoso.com.br,    Project Plan 3,    ENABLED,  PRODUCT_NOT_IN_COUNTRY",
            "priya@contoso.in,       Power BI Pro,      ENABLED,  COUNTRY_NOT_SUPPORTED",
            "guest.user@example.org, Power BI Pro,      ENABLED,  GUEST",
            "olof@contoso.se,        Power BI Pro,      ENABLED,  DISABLED",
            "clerk@agency.gov,       Power BI Pro,      ENABLED,  GOVERNMENT_TENANT",
            "teacher@lakeside.edu,   Power BI Pro,      ENABLED,  EDUCATION_TENANT",
            "li.wei@contoso.cn,      Visio Plan 2,      ENABLED,  ELIGIBLE",
            "chen.mei@contoso.tw,    Project Plan 3,    ENABLED,  ELIGIBLE",
            "sam@northwind.com,      Power BI Pro,      DISABLED, POLICY_DISABLED",
            "sam@northwind.com,      Visio Plan 1,      ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, POLICY_TRIALS_ONLY",
            "guest.user@example.org, Power BI Pro,      DISABLED, GUEST"})
    void buying(String email, String product, PolicyValue policy, String expected) {
        EligibilityDecision decision = EligibilityRules.decide(user(email), PRODUCTS.get(product), policy, PurchaseKind.PURCHASE);

        assertEquals(expected, decision.refusal().map(Enum::name).orElse("ELIGIBLE"));
    }

    @ParameterizedTest(name = "{0} trying {1} under {2}: {3}")
    @CsvSource({
            "sam@northwind.com,   Visio Plan 1,      ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, ELIGIBLE",
            "sam@northwind.com,   Teams Exploratory, ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, ELIGIBLE",
            "sam@northwind.com,   Visio Plan 1,      DISABLED,                           POLICY_DISABLED",
            "sam@northwind.com,   Visio Plan 1,      ENABLED,                            ELIGIBLE",
            "joao@contoso.com.br, Visio Plan 1,      ONLY_TRIALS_WITHOUT_PAYMENT_METHOD, PRODUCT_NOT_IN_COUNTRY"})
    void tryingWithoutPaymentMethod(String email, String product, PolicyValue policy, String expected) {
        EligibilityDecision decision =
                EligibilityRules.decide(user(email), PRODUCTS.get(product), policy, PurchaseKind.TRIAL_WITHOUT_PAYMENT_METHOD);

        assertEquals(expected, decision.refusal().map(Enum::name).orElse("ELIGIBLE"));
    }

    @Test
    void nobodyInAnUnmanagedTenantMayBuy() {
        Tenant unmanaged = new Tenant("Viral Signups", "SE", TenantType.COMMERCIAL, "SEK", false, SupportedLocale.SWEDISH);
        User user = new User(unmanaged, "someone@viral.example", "Someone", UserKind.MEMBER, UserSource.CLOUD,
                UserStatus.ACTIVE, null, null, Set.of());

        assertEquals(IneligibilityReason.UNMANAGED_TENANT, EligibilityRules.decide(user, PRODUCTS.get("Power BI Pro"),
                PolicyValue.ENABLED, PurchaseKind.PURCHASE).reason());
    }

    private static User user(String email) {
        DemoUser demo = DemoDirectory.USERS.stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow();
        return new User(TENANTS.get(demo.tenant()), demo.email(), demo.name(), demo.kind(), demo.source(), demo.status(),
                null, null, demo.roles());
    }
}
