package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.bearer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import selfserve.cli.SelfServeCli;

/**
 * The command-line client (modules/cli) against the real server, run in-process through its public entry point
 * as an admin would run it from a shell: connect, the MSCommerce commands, and their refusals.
 */
@ExtendWith(ArquillianExtension.class)
class CliIT {

    private static final String ADMIN = "admin@contoso.se";
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    /** Power Apps per user: no trial without payment method, so only Enabled and Disabled apply. */
    private static final String POWER_APPS = "CFQ7TTC0LH2H";
    private static final String POWER_APPS_OLDER_ID = "CFQ7TTC0KP0P";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    @TempDir
    Path home;

    private Locale localeBefore;

    /** The CLI speaks the JVM's language; these assertions read its English texts. */
    @BeforeEach
    void speakEnglish() {
        localeBefore = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(localeBefore);
    }

    @Test
    void connectSavesATokenOnlyTheUserCanReadAndNeverThePassword() throws IOException {
        Run connected = connectAsAdmin();

        assertEquals(0, connected.exitCode(), connected::toString);
        assertTrue(connected.out().contains("Sofia Lund (admin@contoso.se), Contoso AB"), connected::toString);
        Path credentials = home.resolve("credentials.json");
        assertTrue(Files.isRegularFile(credentials));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
        String saved = Files.readString(credentials, StandardCharsets.UTF_8);
        assertFalse(saved.contains(DemoAccounts.PASSWORD), "the password is never saved");
        assertFalse(connected.out().contains(DemoAccounts.PASSWORD) || connected.err().contains(DemoAccounts.PASSWORD));
        String token = json(saved).asJsonObject().getString("token");
        assertEquals(200, new Api(base).get("api/v1/me", bearer(token)).statusCode(), "the saved token works");
    }

    @Test
    void productPoliciesListPowerBiPro() {
        connectAsAdmin();

        Run run = cli("get-product-policies");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("PolicyId"), run::toString);
        assertTrue(run.out().lines().anyMatch(line -> line.contains("Power BI Pro") && line.contains(POWER_BI_PRO)), run::toString);
    }

    @Test
    void anUpdateIsReadBack() {
        connectAsAdmin();
        try {
            Run disabled = cli("update-product-policy", "--product-id", POWER_APPS, "--value", "Disabled");
            assertEquals(0, disabled.exitCode(), disabled::toString);

            Run read = cli("get-product-policy", "--product-id", POWER_APPS);
            assertEquals(0, read.exitCode(), read::toString);
            assertTrue(productLine(read).endsWith("Disabled"), read::toString);
        } finally {
            assertEquals(0, cli("update-product-policy", "--product-id", POWER_APPS, "--value", "Enabled").exitCode());
        }
        assertTrue(productLine(cli("get-product-policy", "--product-id", POWER_APPS)).endsWith("Enabled"));
    }

    @Test
    void theOlderEnabledFormMapsOntoDisabledAndEnabled() {
        connectAsAdmin();
        try {
            Run run = cli("update-product-policy", "--product-id", POWER_APPS, "--enabled", "false");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(productLine(cli("get-product-policy", "--product-id", POWER_APPS)).endsWith("Disabled"));
        } finally {
            assertEquals(0, cli("update-product-policy", "--product-id", POWER_APPS, "--enabled", "true").exitCode());
        }
        assertTrue(productLine(cli("get-product-policy", "--product-id", POWER_APPS)).endsWith("Enabled"));
    }

    @Test
    void anOlderAliasIdAnswersWithTheCurrentProduct() {
        connectAsAdmin();

        Run run = cli("get-product-policy", "--product-id", POWER_APPS_OLDER_ID);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(productLine(run).contains("Power Apps per user"), run::toString);
        assertTrue(productLine(run).contains(POWER_APPS), run::toString);
    }

    @Test
    void aValueOutsideThePolicyIsRefused() {
        connectAsAdmin();

        Run run = cli("update-product-policy", "--product-id", POWER_APPS, "--value", "Sometimes");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Sometimes is not a valid value for --value."), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void anUnknownProductIsNamed() {
        connectAsAdmin();

        Run run = cli("get-product-policy", "--product-id", "CFQ7TTC0NONE");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("There is no product with id CFQ7TTC0NONE."), run::toString);
        assertTrue(run.err().contains("Correlation id: "), run::toString);
    }

    @Test
    void withoutConnectingACommandSaysToConnectFirst() {
        Run run = cli("get-product-policies");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("selfserve connect --server"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void jsonOutputIsTheServersJson() {
        connectAsAdmin();

        Run products = cli("get-product-policies", "--json");
        Run one = cli("get-product-policy", "--product-id", POWER_BI_PRO, "--json");

        assertEquals(0, products.exitCode(), products::toString);
        JsonArray list = json(products.out()).asJsonArray();
        assertTrue(list.stream().map(p -> p.asJsonObject().getString("productId")).anyMatch(POWER_BI_PRO::equals));
        JsonObject product = json(one.out()).asJsonObject();
        assertEquals("Power BI Pro", product.getString("productName"));
        assertEquals("AllowSelfServicePurchase", product.getString("policyId"));
    }

    @Test
    void disconnectRevokesTheToken() throws IOException {
        connectAsAdmin();
        String token = json(Files.readString(home.resolve("credentials.json"))).asJsonObject().getString("token");

        Run run = cli("disconnect");

        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(Files.exists(home.resolve("credentials.json")));
        assertEquals(401, new Api(base).get("api/v1/me", bearer(token)).statusCode());
        assertEquals(2, cli("get-policies").exitCode());
    }

    private Run connectAsAdmin() {
        Run run = cliWithInput(DemoAccounts.PASSWORD + "\n",
                "connect", "--server", base.toString(), "--email", ADMIN, "--password-stdin");
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    private Run cli(String... args) {
        return cliWithInput("", args);
    }

    private Run cliWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = SelfServeCli.run(args, Map.of("SELFSERVE_CLI_HOME", home.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The table's one product row (after the header and its dashes). */
    private static String productLine(Run run) {
        return run.out().lines().skip(2).findFirst().orElse("").strip();
    }

    private static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
