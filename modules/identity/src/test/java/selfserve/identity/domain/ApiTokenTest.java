package selfserve.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.SupportedLocale;
import selfserve.identity.api.TenantType;
import selfserve.identity.api.UserKind;
import selfserve.identity.api.UserSource;
import selfserve.identity.api.UserStatus;

class ApiTokenTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final Tenant tenant = new Tenant("Contoso AB", "SE", TenantType.COMMERCIAL, "SEK", true, SupportedLocale.SWEDISH);

    @Test
    void validFromIssueUntilItExpires() {
        ApiToken token = tokenOf(user(UserStatus.ACTIVE));

        assertTrue(token.isValidAt(clock.instant()));
        assertTrue(token.isValidAt(clock.instant().plus(Duration.ofDays(30)).minusMillis(1)));
        assertFalse(token.isValidAt(clock.instant().plus(Duration.ofDays(30))));
    }

    @Test
    void aRevokedTokenStopsWorkingAndKeepsItsFirstRevocationTime() {
        ApiToken token = tokenOf(user(UserStatus.ACTIVE));
        token.revoke(clock.instant().plusSeconds(60));
        token.revoke(clock.instant().plusSeconds(120));

        assertFalse(token.isValidAt(clock.instant().plusSeconds(61)));
        assertEquals(clock.instant().plusSeconds(60), token.info().revokedAt());
    }

    @Test
    void aDisabledUsersTokenStopsWorking() {
        assertFalse(tokenOf(user(UserStatus.DISABLED)).isValidAt(clock.instant()));
    }

    private User user(UserStatus status) {
        return new User(tenant, "Olof@Contoso.se ", "Olof Nilsson", UserKind.MEMBER, UserSource.CLOUD, status, null, null, Set.of());
    }

    private ApiToken tokenOf(User user) {
        return new ApiToken(user, TokenSecret.hash(TokenSecret.generate()), "test", clock.instant(),
                clock.instant().plus(Duration.ofDays(30)));
    }
}
