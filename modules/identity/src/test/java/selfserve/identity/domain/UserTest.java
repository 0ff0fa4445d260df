package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;

class UserTest {

    private final Tenant tenant = new Tenant("Contoso China", "CN", TenantType.COMMERCIAL, "CNY", true,
            SupportedLocale.SIMPLIFIED_CHINESE);

    @Test
    void signInNamesAreStoredInLowerCaseWithoutBlanks() {
        assertEquals("li.wei@contoso.cn", user(null).email());
        assertEquals("li.wei@contoso.cn", User.normalizeEmail("  LI.Wei@Contoso.CN"));
    }

    @Test
    void theLanguageIsTheUsersChoiceElseTheTenantsDefault() {
        User user = user(null);
        assertEquals(SupportedLocale.SIMPLIFIED_CHINESE, user.locale());

        user.choose(SupportedLocale.ENGLISH);
        assertEquals(SupportedLocale.ENGLISH, user.locale());
    }

    private User user(SupportedLocale preferred) {
        return new User(tenant, " Li.Wei@contoso.cn", "李伟", UserKind.MEMBER, UserSource.CLOUD, UserStatus.ACTIVE,
                preferred, null, Set.of());
    }
}
