package selfserve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectCommandTest {

    @TempDir
    Path temp;

    private Path home;
    private FakeSelfServeServer server;

    @BeforeEach
    void start() throws Exception {
        home = temp.resolve("cli-home");
        server = new FakeSelfServeServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectSavesATokenThatOnlyTheUserCanRead() throws Exception {
        CliRun run = CliRun.connect(server, home);

        assertEquals(0, run.exitCode(), run::toString);
        Path file = home.resolve("credentials.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        JsonObject json = JsonText.parse(saved).asJsonObject();
        assertEquals(server.url(), json.getString("server"));
        assertEquals(FakeSelfServeServer.EMAIL, json.getString("email"));
        assertTrue(server.validTokens().contains(json.getString("token")));
        assertEquals("2099-12-21T23:37:01Z", json.getString("expiresAt"));
        assertFalse(json.getString("tokenId").isBlank());
        assertFalse(saved.contains(FakeSelfServeServer.PASSWORD), "the password is never saved");
        assertFalse(run.out().contains(FakeSelfServeServer.PASSWORD) || run.err().contains(FakeSelfServeServer.PASSWORD));
        try (var leftovers = Files.list(home)) {
            assertEquals(1, leftovers.count(), "no temporary file is left behind");
        }
    }

    @Test
    void connectAsksForALabelledThirtyDayTokenWithThePasswordAndUsesOnlyTheTokenAfterwards() {
        CliRun.connect(server, home);

        JsonObject issue = JsonText.parse(server.requests().get(0).body()).asJsonObject();
        assertEquals("selfserve-cli on build-agent-7", issue.getString("label"));
        assertEquals(30, issue.getInt("validityDays"));
        assertTrue(server.requests().get(0).header("Authorization").startsWith("Basic "));
        assertTrue(server.lastRequest().header("Authorization").startsWith("Bearer sst_"));
        assertEquals("/api/v1/me", server.lastRequest().path());
    }

    @Test
    void connectSaysWhoIsConnected() {
        CliRun run = CliRun.connect(server, home);

        assertTrue(run.out().contains("Connected to " + server.url() + " as Sofia Lund (admin@contoso.se), Contoso AB."), run::toString);
        assertTrue(run.out().contains("Your roles: Global admin"), run::toString);
        assertTrue(run.out().contains("Northwind Traders  " + FakeSelfServeServer.CUSTOMER_TENANT), run::toString);
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsSaved() {
        CliRun run = CliRun.withInput(home, "not-the-password\n",
                "connect", "--server", server.url(), "--email", FakeSelfServeServer.EMAIL, "--password-stdin");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("Sign-in failed."), run::toString);
        assertFalse(Files.exists(home.resolve("credentials.json")));
    }

    @Test
    void anEmptyStandardInputIsNoPassword() {
        CliRun run = CliRun.withInput(home, "", "connect", "--server", server.url(), "--email", FakeSelfServeServer.EMAIL, "--password-stdin");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("No password was given."), run::toString);
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aServerAddressMustBeOne() {
        CliRun run = CliRun.withInput(home, "x\n", "connect", "--server", "localhost:9080", "--email", "a@b.c", "--password-stdin");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("localhost:9080 is not a server address"), run::toString);
    }

    @Test
    void aServerThatIsNotThereIsSaidInWords() {
        String gone = server.url();
        server.close();

        CliRun run = CliRun.withInput(home, "x\n", "connect", "--server", gone, "--email", "a@b.c", "--password-stdin");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("Nothing answers at " + gone + ". Check the address"), run::toString);
    }

    @Test
    void connectingAgainRevokesThePreviousToken() throws Exception {
        CliRun.connect(server, home);
        String first = savedToken();

        CliRun.connect(server, home);

        assertFalse(server.validTokens().contains(first));
        assertTrue(server.validTokens().contains(savedToken()));
    }

    @Test
    void disconnectRevokesTheTokenAndDeletesTheFile() throws Exception {
        CliRun.connect(server, home);
        String token = savedToken();

        CliRun run = CliRun.in(home, "disconnect");

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Disconnected from " + server.url()), run::toString);
        assertFalse(server.validTokens().contains(token));
        assertFalse(Files.exists(home.resolve("credentials.json")));
        assertEquals(2, CliRun.in(home, "disconnect").exitCode(), "nothing left to disconnect");
    }

    @Test
    void disconnectStillDeletesTheFileWhenTheServerIsGone() {
        CliRun.connect(server, home);
        server.close();

        CliRun run = CliRun.in(home, "disconnect");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("could not revoke it"), run::toString);
        assertFalse(Files.exists(home.resolve("credentials.json")));
    }

    @Test
    void connectSpeaksTheUsersLanguage() {
        CliRun run = CliRun.speaking(Locale.forLanguageTag("zh-TW"), home, "connect", "--server", server.url(),
                "--email", FakeSelfServeServer.EMAIL, "--password-stdin");

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("未提供密碼"), run::toString);
    }

    private String savedToken() throws Exception {
        return JsonText.parse(Files.readString(home.resolve("credentials.json"))).asJsonObject().getString("token");
    }
}
