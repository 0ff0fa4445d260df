package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 6, the default account: a server started as in production (no demo mode, no bootstrap
 * variables) on an empty database creates no account at all, tells the operator how to create the first
 * Global admin, and lets nobody in, not even with the demo's well-known password. Runs its own server
 * ({@code crash-probe}, like CrashRecoveryIT, one after the other) since the suite's server is in demo mode.
 */
class FreshServerIT {

    private static final int HTTP_PORT = Integer.getInteger("it.crash.http.port", 9391);

    @Test
    void withoutDemoModeTheServerHasNoAccountAndLetsNobodyIn() throws Exception {
        Path data = Path.of("target/fresh-server-data").toAbsolutePath();
        deleteTree(data);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("selfserve.http.port", String.valueOf(HTTP_PORT));
        variables.put("selfserve.https.port", String.valueOf(Integer.getInteger("it.crash.https.port", 9754)));
        variables.put("selfserve.data.dir", data.toString());
        Path wlp = Path.of(System.getProperty("arquillian.liberty.wlpHome", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("selfserve.war", "target/deploy/selfserve.war"));

        try (ServerProcess server = ServerProcess.create(wlp, "crash-probe", war, variables)) {
            server.start();
            server.awaitReady(Duration.ofMinutes(5));
            Api api = new Api(URI.create("http://localhost:" + HTTP_PORT + "/").toURL());
            for (String account : List.of("admin@contoso.se", "sam@northwind.com", "admin", "admin@selfserve.invalid")) {
                for (String password : List.of(DemoAccounts.PASSWORD, "admin", "password")) {
                    HttpResponse<String> me = api.get("api/v1/me", basic(account, password));
                    assertTrue(me.statusCode() == 401 || me.statusCode() == 429, account + ": " + me.statusCode() + " " + me.body());
                }
            }
            String console = Files.readString(server.consoleLog());
            assertTrue(console.contains("SELFSERVE_BOOTSTRAP_ADMIN_EMAIL"), "the operator is told how to create the first admin");
            server.stop();
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("selfserve"), "selfserve", "selfserve");
             Statement query = db.createStatement();
             ResultSet counts = query.executeQuery("select (select count(*) from IDN_USER), (select count(*) from IDN_TENANT),"
                     + " (select count(*) from IDN_API_TOKEN), (select count(*) from COM_SUBSCRIPTION)")) {
            counts.next();
            assertEquals(List.of(0L, 0L, 0L, 0L), List.of(counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4)),
                    "users, tenants, API tokens, subscriptions");
        }
        System.out.println("hardening: a server without demo mode started with 0 users, 0 tenants, 0 tokens");
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
