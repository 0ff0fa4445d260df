package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.identity.domain.TokenSecret;

/**
 * The licenses export streams: a tenant with 1,000,000 current license holders (bulk-loaded) exports
 * them all as CSV through the REST API while a sampler inside the server collects garbage every second and
 * records the live heap; the export must not grow it by more than 64 MB. Held in memory, a million rows would
 * take several hundred. Prints rows per second. {@code -Dselfserve.export.rows=N} runs it smaller.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseExportIT {

    private static final long ROWS = Long.getLong("selfserve.export.rows", 1_000_000);
    private static final int POOLS = 1000;
    private static final long SLICE = 20_000;
    private static final long MOST_GROWTH = 64L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "selfserve.http.port")
    private String port;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicenseExportIT.class, Api.class);
    }

    @Test
    void aMillionHoldersStreamInFlatMemory() throws Exception {
        String token = bulkLoad();
        Api api = new Api(new URL("http://localhost:" + port + "/"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong highest = new AtomicLong(baseline);
        AtomicBoolean exporting = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (exporting.get()) {
                memory.gc();
                highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                sleep(Duration.ofSeconds(1));
            }
        });

        long started = System.nanoTime();
        HttpResponse<InputStream> export = api.sendStream(api.request("api/v1/tenant/licenses/export")
                .timeout(Duration.ofMinutes(10)).header("Authorization", Api.bearer(token)).GET());
        long lines = 0;
        try (InputStream body = export.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = body.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } finally {
            exporting.set(false);
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long growth = highest.get() - baseline;

        assertEquals(200, export.statusCode());
        assertEquals(String.valueOf(ROWS), export.headers().firstValue("X-Total-Rows").orElseThrow());
        assertEquals(ROWS + 1, lines, "a header and a row per holder");
        System.out.printf("export: %d rows in %.1f s = %.0f rows/s; live heap growth %.1f MB (baseline %.1f MB)%n",
                ROWS, seconds, ROWS / seconds, growth / 1048576.0, baseline / 1048576.0);
        assertTrue(growth < MOST_GROWTH, "live heap grew by " + growth / 1048576 + " MB");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A tenant of its own with a Global admin holding an API token, POOLS central subscriptions and ROWS
     * current holders, written by the database itself (H2's SYSTEM_RANGE) so that loading takes seconds.
     */
    private static String bulkLoad() throws Exception {
        UUID tenant = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        String token = TokenSecret.generate();
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/selfserve");
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            update(db, "insert into IDN_TENANT (ID, DISPLAY_NAME, COUNTRY, TENANT_TYPE, CURRENCY, MANAGED, DEFAULT_LOCALE, "
                    + "VERSION) values (?, ?, 'US', 'COMMERCIAL', 'USD', TRUE, 'ENGLISH', 1)", tenant, "Export " + tenant);
            update(db, "insert into IDN_USER (ID, TENANT_ID, EMAIL, DISPLAY_NAME, KIND, SOURCE, STATUS, FAILED_SIGN_INS, "
                    + "VERSION) values (?, ?, ?, 'Export Admin', 'MEMBER', 'CLOUD', 'ACTIVE', 0, 1)", admin, tenant,
                    "admin-" + tenant + "@export.example");
            update(db, "insert into IDN_USER_ROLE (USER_ID, ROLE_NAME) values (?, 'GLOBAL_ADMIN')", admin);
            update(db, "insert into IDN_API_TOKEN (ID, USER_ID, SECRET_HASH, LABEL, CREATED_AT, EXPIRES_AT) "
                    + "values (?, ?, ?, 'export test', CURRENT_TIMESTAMP, DATEADD('DAY', 1, CURRENT_TIMESTAMP))",
                    UUID.randomUUID(), admin, TokenSecret.hash(token));
            String pool = growingId().replace("(X ", "(%s ");
            sql.executeUpdate("insert into LIC_SEAT_POOL (SUBSCRIPTION_ID, TENANT_ID, PRODUCT_ID, SEATS, ASSIGNED, RUNNING, "
                    + "VERSION) select " + pool.formatted("X") + ", '" + tenant + "', 'CFQ7TTC0H9MP', " + ROWS / POOLS
                    + ", " + ROWS / POOLS + ", TRUE, 1 from SYSTEM_RANGE(0, " + (POOLS - 1) + ")");
            // Ids that grow with X, in slices: H2 writes random keys into its indexes at several KB per row.
            String assignment = growingId();
            String user = growingId();
            for (long from = 0; from < ROWS; from += SLICE) {
                sql.executeUpdate("insert into LIC_ASSIGNMENT (ID, SUBSCRIPTION_ID, TENANT_ID, PRODUCT_ID, USER_ID, HOLDER_ID, "
                        + "BEGAN_AT, ASSIGNED_BY) select " + assignment + ", " + pool.formatted("X / " + ROWS / POOLS) + ", '"
                        + tenant + "', 'CFQ7TTC0H9MP', " + user + ", " + user + ", CURRENT_TIMESTAMP, '" + admin + "' from "
                        + "SYSTEM_RANGE(" + from + ", " + (Math.min(ROWS, from + SLICE) - 1) + ")");
            }
        }
        return token;
    }

    /** SQL for a UUID that grows with the row number X: a random prefix and X in its last twelve digits. */
    private static String growingId() {
        return "'" + UUID.randomUUID().toString().substring(0, 24) + "' || LPAD(CAST(X AS VARCHAR), 12, '0')";
    }

    private static void update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, String.valueOf(parameters[i]));
            }
            statement.executeUpdate();
        }
    }
}
