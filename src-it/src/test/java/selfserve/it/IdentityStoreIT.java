package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.audit.api.Correlation;
import selfserve.identity.api.Roles;
import selfserve.portal.security.PortalSignInCredential;

/** The application's identity store, inside the server, against the demo directory in the database. */
@ExtendWith(ArquillianExtension.class)
class IdentityStoreIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(IdentityStoreIT.class, DemoAccounts.class);
    }

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private Correlation correlation;

    @PersistenceContext(unitName = "audit")
    private EntityManager audit;

    @Test
    void verifiesADemoPasswordWithTheUsersRoles() {
        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential("admin@contoso.se", DemoAccounts.PASSWORD));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(java.util.Set.of(Roles.USER, Roles.GLOBAL_ADMIN), result.getCallerGroups());
    }

    @Test
    void signInNamesIgnoreCase() {
        assertEquals(Status.VALID,
                identityStore.validate(new UsernamePasswordCredential(" Anna@Contoso.SE", DemoAccounts.PASSWORD)).getStatus());
    }

    @Test
    void aPartnerAgentHoldsThePartnerRole() {
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential("agent@fabrikam-partners.com", DemoAccounts.PASSWORD));

        assertEquals(java.util.Set.of(Roles.USER, Roles.PARTNER), result.getCallerGroups());
    }

    @Test
    void rejectsAWrongPasswordAndAuditsIt() {
        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential("erik@contoso.se", "not-the-password"));

        assertEquals(Status.INVALID, result.getStatus());
        assertEquals(List.of("SIGN_IN_FAILED|erik@contoso.se|wrong password"), auditOfThisRequest());
    }

    @Test
    void rejectsADisabledUserEvenWithTheRightPassword() {
        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential("olof@contoso.se", DemoAccounts.PASSWORD));

        assertEquals(Status.INVALID, result.getStatus());
        assertEquals(List.of("SIGN_IN_FAILED|olof@contoso.se|user disabled"), auditOfThisRequest());
    }

    @Test
    void rejectsAnUnknownNameAndAuditsWhatWasTyped() {
        assertEquals(Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("nobody@contoso.se", "whatever")).getStatus());
        assertEquals(List.of("SIGN_IN_FAILED|nobody@contoso.se|null"), auditOfThisRequest());
    }

    @Test
    void aPortalSignInIsAuditedAsASignIn() {
        assertEquals(Status.VALID,
                identityStore.validate(new PortalSignInCredential("karin@contoso.se", DemoAccounts.PASSWORD)).getStatus());
        assertEquals(List.of("SIGN_IN|karin@contoso.se|null"), auditOfThisRequest());
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        String email = "teacher@lakeside.edu";
        for (int i = 0; i < 5; i++) {
            identityStore.validate(new UsernamePasswordCredential(email, "guess-" + i));
        }

        assertEquals(Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(email, DemoAccounts.PASSWORD)).getStatus());
        List<String> audited = auditOfThisRequest();
        assertEquals(6, audited.size(), () -> "audit: " + audited);
        assertEquals("SIGN_IN_THROTTLED|" + email + "|wait 1s", audited.get(5), "one second after the fifth failure");
    }

    /** The audit entries written while this test's request ran, as ACTION|ACTOR_NAME|AFTER_STATE. */
    private List<String> auditOfThisRequest() {
        List<?> rows = audit.createNativeQuery(
                        "select ACTION, ACTOR_NAME, AFTER_STATE from AUD_ENTRY where CORRELATION_ID = ? order by OCCURRED_AT")
                .setParameter(1, correlation.id())
                .getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return columns[0] + "|" + columns[1] + "|" + columns[2];
        }).toList();
    }
}
