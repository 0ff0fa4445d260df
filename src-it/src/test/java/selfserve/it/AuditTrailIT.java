package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each state-changing call leaves its audit entry: the test calls the server over HTTP with its own
 * correlation id, then reads, inside the server, exactly the entries that call wrote.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String ANNA = Api.basic("anna@contoso.se", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AuditTrailIT.class, Api.class, DemoAccounts.class);
    }

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @PersistenceContext(unitName = "audit")
    private EntityManager audit;

    private Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(new URL("http://localhost:" + port + "/"));
    }

    @Test
    void issuingAndRevokingATokenAreAudited() {
        String issue = correlationId();
        HttpResponse<String> issued = api.send(api.request("api/v1/tokens").header("Authorization", ANNA)
                .header("X-Correlation-Id", issue).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"audited\"}")));
        String tokenId = Api.json(issued).getString("id");

        assertEquals(List.of("API_TOKEN_ISSUED|anna@contoso.se|" + tokenId + "|null|null"), entries(issue));

        String revoke = correlationId();
        api.send(api.request("api/v1/tokens/" + tokenId).header("Authorization", ANNA).header("X-Correlation-Id", revoke).DELETE());
        assertEquals(List.of("API_TOKEN_REVOKED|anna@contoso.se|" + tokenId + "|null|null"), entries(revoke));
    }

    @Test
    void aLanguageChangeIsAuditedWithBeforeAndAfter() {
        String change = correlationId();
        api.send(api.request("api/v1/me").header("Authorization", Api.basic("erik@contoso.se", DemoAccounts.PASSWORD))
                .header("X-Correlation-Id", change).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\":\"zh-TW\"}")));

        List<String> entries = entries(change);
        api.send(api.request("api/v1/me").header("Authorization", Api.basic("erik@contoso.se", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\":\"sv-SE\"}"))); // as other tests expect him
        assertEquals(1, entries.size(), entries::toString);
        assertTrue(entries.getFirst().startsWith("LOCALE_CHANGED|erik@contoso.se|"), entries::toString);
        assertTrue(entries.getFirst().endsWith("|sv-SE|zh-TW"), entries::toString);
    }

    @Test
    void aPartnersPolicyChangeBelongsToTheCustomerAndNamesThePartner() {
        String agent = Api.basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
        String contoso = Api.json(api.get("api/v1/me", ANNA)).getJsonObject("tenant").getString("id");
        String fabrikam = Api.json(api.get("api/v1/me", agent)).getJsonObject("tenant").getString("id");

        String change = correlationId();
        HttpResponse<String> changed = api.send(api.request(
                        "api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0KXND?tenantId=" + contoso)
                .header("Authorization", agent).header("X-Correlation-Id", change).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"OnlyTrialsWithoutPaymentMethod\"}")));
        assertEquals(200, changed.statusCode(), changed.body());

        List<?> rows = audit.createNativeQuery("""
                        select ACTION, ACTOR_NAME, TENANT_ID, PARTNER_TENANT_ID, TARGET, BEFORE_STATE, AFTER_STATE
                        from AUD_ENTRY where CORRELATION_ID = ?""")
                .setParameter(1, change).getResultList();
        assertEquals(1, rows.size());
        Object[] entry = (Object[]) rows.getFirst();
        assertEquals(List.of("POLICY_CHANGED", "agent@fabrikam-partners.com", contoso, fabrikam, "CFQ7TTC0HDB1", "Enabled",
                "OnlyTrialsWithoutPaymentMethod"), java.util.Arrays.stream(entry).map(String::valueOf).toList());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String refused = correlationId();
        HttpResponse<String> response = api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0H9MP")
                .header("Authorization", Api.basic("reader@contoso.se", DemoAccounts.PASSWORD)).header("X-Correlation-Id", refused)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Disabled\"}")));

        assertEquals(403, response.statusCode());
        assertEquals(List.of(), entries(refused));
    }

    @Test
    void aReadChangesNothingAndLeavesNoEntry() {
        String read = correlationId();
        assertEquals(200, api.send(api.request("api/v1/me").header("Authorization", ANNA).header("X-Correlation-Id", read).GET())
                .statusCode());

        assertEquals(List.of(), entries(read));
    }

    @Test
    void portalSignInRenewsTheSessionAndSignOutIsAudited() {
        String visit = correlationId();
        HttpResponse<String> loginPage = api.send(api.request("login").header("X-Correlation-Id", visit).GET());
        String anonymousSession = sessionCookie(loginPage).orElseThrow();

        String signIn = correlationId();
        HttpResponse<String> signedIn = api.send(api.request("login").header("X-Correlation-Id", signIn)
                .header("Cookie", anonymousSession).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode("anna@contoso.se", StandardCharsets.UTF_8)
                        + "&password=" + DemoAccounts.PASSWORD)));
        assertEquals(302, signedIn.statusCode());
        assertEquals("/", URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath());
        String session = sessionCookie(signedIn).orElseThrow();
        assertNotEquals(anonymousSession, session, "the session id changes at sign-in");
        assertTrue(entries(signIn).getFirst().startsWith("SIGN_IN|anna@contoso.se|"), () -> entries(signIn).toString());

        String linked = correlationId();
        HttpResponse<String> followedLink = api.send(api.request("logout").header("X-Correlation-Id", linked)
                .header("Cookie", session).GET());
        assertEquals(405, followedLink.statusCode(), "a link (GET) signs nobody out");
        assertTrue(entries(linked).isEmpty(), () -> entries(linked).toString());

        String signOut = correlationId();
        HttpResponse<String> signedOut = api.send(api.request("logout").header("X-Correlation-Id", signOut)
                .header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(302, signedOut.statusCode());
        assertTrue(signedOut.headers().firstValue("Location").orElseThrow().contains("login?signedOut"));
        assertTrue(entries(signOut).getFirst().startsWith("SIGN_OUT|anna@contoso.se|"), () -> entries(signOut).toString());
    }

    @Test
    void aSignInFormPostedFromAnotherSiteSignsNobodyIn() {
        String attempt = correlationId();
        HttpResponse<String> refused = api.send(api.request("login").header("X-Correlation-Id", attempt)
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode("anna@contoso.se",
                        StandardCharsets.UTF_8) + "&password=" + DemoAccounts.PASSWORD)));
        assertEquals(302, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").orElseThrow().contains("login?error=invalid"));
        assertTrue(entries(attempt).isEmpty(), () -> entries(attempt).toString());
    }

    @Test
    void aFailedPortalSignInGoesBackToTheFormAndIsAudited() {
        String attempt = correlationId();
        HttpResponse<String> refused = api.send(api.request("login").header("X-Correlation-Id", attempt)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sam%40northwind.com&password=guess")));

        assertEquals(302, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").orElseThrow().endsWith("/login?error=invalid"));
        assertEquals(List.of("SIGN_IN_FAILED|sam@northwind.com|wrong password"),
                entries(attempt).stream().map(e -> e.substring(0, e.indexOf('|', e.indexOf('|') + 1)) + "|" + e.substring(e.lastIndexOf('|') + 1)).toList());
    }

    private static String correlationId() {
        return "it-" + UUID.randomUUID();
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst();
    }

    /** The entries written under one correlation id, as ACTION|ACTOR_NAME|TARGET|BEFORE|AFTER. */
    private List<String> entries(String correlationId) {
        List<?> rows = audit.createNativeQuery("""
                        select ACTION, ACTOR_NAME, TARGET, BEFORE_STATE, AFTER_STATE from AUD_ENTRY
                        where CORRELATION_ID = ? order by OCCURRED_AT""")
                .setParameter(1, correlationId)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3] + "|" + c[4];
        }).toList();
    }
}
