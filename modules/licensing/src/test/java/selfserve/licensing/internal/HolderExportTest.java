package selfserve.licensing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import selfserve.identity.api.AdminScope.Person;
import selfserve.identity.api.UserStatus;
import selfserve.licensing.api.LicenseHolderRow;

/**
 * The licenses export reads as it writes: a million current holders, loaded into an H2 database with
 * licensing's own schema, pass through the export while a sampler collects garbage every second and records
 * the live heap, which must not grow by more than 64 MB (held in a list, a million rows take several
 * hundred). Also: only the chosen subscriptions, in order, with names. Prints rows per second.
 */
class HolderExportTest {

    private static final long MILLION = 1_000_000;
    private static final int POOLS = 1000;
    private static final long MOST_GROWTH = 64L * 1024 * 1024;
    private static final UUID TENANT = UUID.randomUUID();
    private static final String PURCHASER = "11111111-0000-0000-0000-000000000001";

    @Test
    void aMillionHoldersStreamInFlatMemory() throws Exception {
        JdbcDataSource database = database("million");
        load(database, MILLION);
        HolderExport export = new HolderExport(database);
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

        AtomicLong rows = new AtomicLong();
        long started = System.nanoTime();
        try {
            export.stream(TENANT, List.of(), HolderExportTest::namesOf, product -> "Power BI Pro", row -> rows.incrementAndGet());
        } finally {
            exporting.set(false);
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long growth = highest.get() - baseline;

        assertEquals(MILLION, rows.get());
        assertEquals(MILLION, export.count(TENANT, List.of()));
        System.out.printf("export: %d rows in %.1f s = %.0f rows/s; live heap growth %.1f MB%n", rows.get(), seconds,
                rows.get() / seconds, growth / 1048576.0);
        assertTrue(growth < MOST_GROWTH, "the live heap grew by " + growth / 1048576 + " MB");
    }

    @Test
    void onlyTheChosenSubscriptionsBySubscriptionAndDateWithNames() throws Exception {
        JdbcDataSource database = database("chosen");
        load(database, 3 * POOLS); // three holders in each of the POOLS subscriptions
        HolderExport export = new HolderExport(database);
        UUID first = pool(7);
        UUID second = pool(3);

        List<LicenseHolderRow> rows = new ArrayList<>();
        export.stream(TENANT, List.of(first, second), HolderExportTest::namesOf, product -> "Power BI Pro", rows::add);

        assertEquals(6, rows.size());
        assertEquals(List.of(second, second, second, first, first, first),
                rows.stream().map(LicenseHolderRow::subscriptionId).toList(), "by subscription id");
        LicenseHolderRow row = rows.getFirst();
        assertEquals("Power BI Pro", row.productName());
        assertEquals("Person " + row.userEmail().substring(0, row.userEmail().indexOf('@')), row.userName());
        assertEquals("purchaser@example.com", row.purchaserEmail());
        assertEquals(6, export.count(TENANT, List.of(first, second)));
        assertEquals(0, export.count(UUID.randomUUID(), List.of()), "another tenant has none");
    }

    /** Names as identity would give them: one lookup per page of holders. */
    private static Map<UUID, Person> namesOf(Set<UUID> users) {
        return users.stream().collect(Collectors.toMap(Function.identity(), id -> id.toString().equals(PURCHASER)
                ? new Person(id, "Purchaser", "purchaser@example.com", UserStatus.ACTIVE)
                : new Person(id, "Person " + id, id + "@example.com", UserStatus.ACTIVE)));
    }

    private static JdbcDataSource database(String name) throws SQLException, IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection db = database.getConnection(); Statement sql = db.createStatement();
             InputStream schema = HolderExport.class.getResourceAsStream("/db/migration/V4.1__seats_and_assignments.sql")) {
            sql.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        }
        return database;
    }

    /** POOLS subscriptions (bought by PURCHASER) sharing {@code holders} current holders, written by H2 itself. */
    private static void load(JdbcDataSource database, long holders) throws SQLException {
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into LIC_SEAT_POOL (SUBSCRIPTION_ID, TENANT_ID, PRODUCT_ID, PURCHASER_ID, SEATS, "
                    + "ASSIGNED, RUNNING, VERSION) select " + id("22222222", "X") + ", '" + TENANT + "', 'CFQ7TTC0H9MP', '"
                    + PURCHASER + "', " + holders / POOLS + ", " + holders / POOLS + ", TRUE, 1 from SYSTEM_RANGE(0, "
                    + (POOLS - 1) + ")");
            sql.executeUpdate("insert into LIC_ASSIGNMENT (ID, SUBSCRIPTION_ID, TENANT_ID, PRODUCT_ID, USER_ID, HOLDER_ID, "
                    + "BEGAN_AT, ASSIGNED_BY) select " + id("33333333", "X") + ", " + id("22222222", "MOD(X, " + POOLS + ")")
                    + ", '" + TENANT + "', 'CFQ7TTC0H9MP', " + id("44444444", "X") + ", " + id("44444444", "X")
                    + ", DATEADD('SECOND', X, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00Z'), '" + PURCHASER + "' "
                    + "from SYSTEM_RANGE(0, " + (holders - 1) + ")");
        }
    }

    /** SQL for a UUID whose last twelve digits are {@code number}. */
    private static String id(String prefix, String number) {
        return "'" + prefix + "-0000-0000-0000-' || LPAD(CAST(" + number + " AS VARCHAR), 12, '0')";
    }

    private static UUID pool(int number) {
        return UUID.fromString("22222222-0000-0000-0000-%012d".formatted(number));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
