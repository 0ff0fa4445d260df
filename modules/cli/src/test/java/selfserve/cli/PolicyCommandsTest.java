package selfserve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MSCommerce commands against the fake server, once connected (and once not). */
class PolicyCommandsTest {

    private static final String POWER_APPS = "CFQ7TTC0LH2H";

    @TempDir
    Path home;

    private FakeSelfServeServer server;

    @BeforeEach
    void connect() throws Exception {
        server = new FakeSelfServeServer();
        CliRun connected = CliRun.connect(server, home);
        assertEquals(0, connected.exitCode(), connected::toString);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-policies", "get-policy", "get-product-policies", "get-product-policy --product-id X",
            "update-product-policy --product-id X --value Enabled", "disconnect"})
    void withoutAConnectionEveryCommandSaysToConnectFirst(String command, @TempDir Path emptyHome) {
        CliRun run = CliRun.in(emptyHome, command.split(" "));

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("You are not connected."), run::toString);
        assertTrue(run.err().contains("selfserve connect --server <url> --email <email>"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void productPoliciesAreAnAlignedTableWithTheMsCommerceFieldNames() {
        CliRun run = CliRun.in(home, "get-product-policies");

        assertEquals(0, run.exitCode(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("PolicyId                  ProductName          ProductId     PolicyValue", lines.get(0));
        assertEquals("--------                  -----------          ---------     -----------", lines.get(1));
        assertEquals("AllowSelfServicePurchase  Power BI Pro         CFQ7TTC0H9MP  Enabled", lines.get(2));
        assertEquals("AllowSelfServicePurchase  Power Apps per user  CFQ7TTC0LH2H  Enabled", lines.get(3));
        assertEquals(5, lines.size());
        assertEquals("", run.err());
    }

    @Test
    void policiesShowIdDescriptionAndDefault() {
        CliRun run = CliRun.in(home, "get-policies");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("PolicyId                  Description                                   DefaultValue"), run::toString);
        assertTrue(run.out().contains("AllowSelfServicePurchase  Allows users to buy products by self-service  Enabled"), run::toString);
        assertEquals("/api/v1/policies", server.lastRequest().path());
    }

    @Test
    void jsonIsTheServersAnswerAsItIs() {
        CliRun run = CliRun.in(home, "get-product-policies", "--json");

        assertEquals(0, run.exitCode(), run::toString);
        JsonArray products = JsonText.parse(run.out()).asJsonArray();
        assertEquals(3, products.size());
        assertEquals("Power BI Pro", products.getJsonObject(0).getString("productName"));
        assertTrue(products.getJsonObject(0).containsKey("explicitlySet"), "fields the table leaves out are kept");
    }

    @Test
    void anExpiredOrRevokedSignInSaysToConnectAgain() {
        server.revokeAllTokens();

        CliRun run = CliRun.in(home, "get-product-policy", "--product-id", POWER_APPS);

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("Your sign-in has expired or was revoked. Run selfserve connect again."), run::toString);
        assertTrue(run.err().contains("Correlation id: cli-"), run::toString);
    }

    @Test
    void aSignInPastItsExpiryIsNotEvenSent() throws Exception {
        Path file = home.resolve("credentials.json");
        Files.writeString(file, Files.readString(file).replace("2099-12-21T23:37:01Z", "2020-01-01T00:00:00Z"));
        int before = server.requests().size();

        CliRun run = CliRun.in(home, "get-policies");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("expired"), run::toString);
        assertEquals(before, server.requests().size());
    }

    @Test
    void anUnknownProductIsNamed() {
        CliRun run = CliRun.in(home, "get-product-policy", "--product-id", "CFQ7TTC0XXXX");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("There is no product with id CFQ7TTC0XXXX."), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void anUnknownPolicyIsNamed() {
        CliRun run = CliRun.in(home, "get-policy", "--policy-id", "AllowEverything");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("There is no policy with id AllowEverything."), run::toString);
    }

    @Test
    void anOlderAliasIdAnswersWithTheCurrentId() {
        CliRun run = CliRun.in(home, "get-product-policy", "--product-id", "CFQ7TTC0KP0P");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Power Apps per user  " + POWER_APPS), run::toString);
    }

    @Test
    void aValueOutsideThePolicyIsRefusedBeforeAskingTheServer() {
        int before = server.requests().size();

        CliRun run = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--value", "Sometimes");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Sometimes is not a valid value for --value. "
                + "Use one of: Enabled, Disabled, OnlyTrialsWithoutPaymentMethod."), run::toString);
        assertEquals(before, server.requests().size());
    }

    @Test
    void updateSendsTheValueAndShowsTheResult() {
        CliRun run = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--value", "Disabled");

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("PUT", server.lastRequest().method());
        assertEquals("/api/v1/policies/AllowSelfServicePurchase/products/" + POWER_APPS, server.lastRequest().path());
        assertEquals("{\"policyValue\":\"Disabled\"}", server.lastRequest().body());
        assertTrue(run.out().contains(POWER_APPS + "  Disabled"), run::toString);
        assertTrue(CliRun.in(home, "get-product-policy", "--product-id", POWER_APPS).out().contains("Disabled"));
    }

    @Test
    void theOlderEnabledFormMapsOntoEnabledAndDisabled() {
        CliRun disabled = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--enabled", "false");
        assertEquals(0, disabled.exitCode(), disabled::toString);
        assertEquals("{\"policyValue\":\"Disabled\"}", server.lastRequest().body());

        CliRun enabled = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--enabled", "true");
        assertEquals(0, enabled.exitCode(), enabled::toString);
        assertEquals("{\"policyValue\":\"Enabled\"}", server.lastRequest().body());
    }

    @Test
    void exactlyOneOfValueAndEnabled() {
        CliRun both = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--value", "Enabled", "--enabled", "true");
        assertEquals(1, both.exitCode(), both::toString);
        assertTrue(both.err().contains("Give only one of these options: --value, --enabled."), both::toString);

        CliRun neither = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS);
        assertEquals(1, neither.exitCode(), neither::toString);
        assertTrue(neither.err().contains("Give one of these options: --value, --enabled."), neither::toString);

        CliRun maybe = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--enabled", "maybe");
        assertEquals(1, maybe.exitCode(), maybe::toString);
        assertTrue(maybe.err().contains("maybe is not a valid value for --enabled. Use one of: true, false."), maybe::toString);
    }

    @Test
    void trialsOnlyNeedsAProductWithATrialWithoutPaymentMethod() {
        CliRun run = CliRun.in(home, "update-product-policy", "--product-id", POWER_APPS, "--value", "OnlyTrialsWithoutPaymentMethod");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("Product " + POWER_APPS + " has no trial without a payment method"), run::toString);
        assertEquals(0, CliRun.in(home, "update-product-policy", "--product-id", "CFQ7TTC0HDB1",
                "--value", "onlytrialswithoutpaymentmethod").exitCode(), "values are matched regardless of case");
    }

    @Test
    void aPartnerNamesTheCustomerTenant() {
        CliRun run = CliRun.in(home, "get-product-policies", "--tenant-id", FakeSelfServeServer.CUSTOMER_TENANT.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("tenantId=" + FakeSelfServeServer.CUSTOMER_TENANT, server.lastRequest().query());

        String stranger = "00000000-0000-0000-0000-000000000001";
        CliRun refused = CliRun.in(home, "get-product-policies", "--tenant-id", stranger);
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.err().startsWith("There is no tenant with id " + stranger + " that you administer."), refused::toString);

        CliRun malformed = CliRun.in(home, "get-policies", "--tenant-id", "contoso");
        assertEquals(1, malformed.exitCode(), malformed::toString);
        assertTrue(malformed.err().contains("contoso is not a valid value for --tenant-id."), malformed::toString);
    }

    @Test
    void messagesAndTheServersTextsFollowTheUsersLanguage() {
        CliRun run = CliRun.speaking(Locale.SIMPLIFIED_CHINESE, home, "get-product-policy", "--product-id", "CFQ7TTC0XXXX");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("没有 ID 为 CFQ7TTC0XXXX 的产品。"), run::toString);
        assertTrue(run.err().contains("关联 ID：cli-"), run::toString);
        assertEquals("zh-CN", server.lastRequest().header("Accept-Language"));

        CliRun swedish = CliRun.speaking(Locale.forLanguageTag("sv"), home, "get-policies");
        assertEquals("sv-SE", server.lastRequest().header("Accept-Language"));
        assertTrue(swedish.out().startsWith("PolicyId "), "column headers are field names, never translated");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        CliRun run = CliRun.in(home, "get-polices");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option or argument: get-polices"), run::toString);
        assertTrue(run.err().contains("Run selfserve --help"), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);

        CliRun twice = CliRun.in(home, "get-policies", "--json", "--json");
        assertEquals(1, twice.exitCode(), twice::toString);
        assertTrue(twice.err().startsWith("Give --json only once."), twice::toString);
    }
}
