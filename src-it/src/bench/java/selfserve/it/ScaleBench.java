package selfserve.it;

import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;
import static selfserve.it.BenchContext.expect;
import static selfserve.it.BenchContext.seconds;
import static selfserve.it.BenchFigures.Goal.atLeast;
import static selfserve.it.BenchFigures.Goal.atMost;
import static selfserve.it.BenchTenants.ADMIN_TEMPLATE;
import static selfserve.it.BenchTenants.MEMBER_TEMPLATE;
import static selfserve.it.BenchTenants.cloneTenant;
import static selfserve.it.BenchTenants.cloneUsers;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario "4 scale" (run last, so its bulk load does not slow the others): with the server stopped, a tenant with
 * {@code bench.scale} subscriptions of ten assignments each is loaded by JDBC, copying rows the seats scenario
 * left; after a restart, answer times of the admins' first pages and the license totals, and the CSV export of
 * every holder (rows/s, old generation growth while it streams).
 */
final class ScaleBench extends BenchScenario {

    /** For the CSV export, read as a stream and counted, never held whole. */
    private static final java.net.http.HttpClient STREAMING = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    ScaleBench(BenchContext context) {
        super(context);
    }

    /**
     * The load scenarios leave an H2 file of 10+ GB, mostly old chunks (every commit writes one); bulk loading two
     * million rows on top of that failed inside H2 at 25 GB ("MVStoreException: AssertionError"). With the server
     * stopped, SHUTDOWN COMPACT rewrites the file with its live data only.
     */
    private void compact() throws SQLException, IOException {
        Path file = context.dataDir.resolve("selfserve.mv.db");
        double before = Files.size(file) / 1048576.0;
        long start = System.nanoTime();
        try (Connection c = BenchDb.open(context.dbUrl)) {
            BenchDb.execute(c, "SHUTDOWN COMPACT");
        }
        System.out.printf("# H2 file compacted before the load: %.1f MB -> %.1f MB in %.1f s%n", before,
                Files.size(file) / 1048576.0, (System.nanoTime() - start) / 1e9);
    }

    @Override
    void run() throws Exception {
        Map<String, Object> subscriptionTemplate;
        Map<String, Object> poolTemplate;
        Map<String, Object> assignmentTemplate;
        List<String> products;
        try (Connection c = BenchDb.open(context.dbUrl)) {
            subscriptionTemplate = BenchDb.row(c, "SELECT * FROM COM_SUBSCRIPTION WHERE TENANT_ID = ? AND QUANTITY = ?",
                    context.benchTenant, SeatsBench.SEATS_PER_SUBSCRIPTION);
            poolTemplate = BenchDb.row(c, "SELECT * FROM LIC_SEAT_POOL WHERE SUBSCRIPTION_ID = ?", subscriptionTemplate.get("ID"));
            assignmentTemplate = BenchDb.row(c, "SELECT * FROM LIC_ASSIGNMENT WHERE TENANT_ID = ?", context.benchTenant);
            products = BenchDb.rows(c, "SELECT ID FROM COM_PRODUCT ORDER BY ID").stream().map(r -> (String) r.get("ID")).toList();
        }
        if (subscriptionTemplate.isEmpty() || poolTemplate.isEmpty() || assignmentTemplate.isEmpty()) {
            throw new IllegalStateException("No subscription, seat pool or assignment of the bench tenant to copy (scenario 3 writes them)");
        }
        context.app.stop();
        compact();
        long loadStart = System.nanoTime();
        String adminEmail = loadScaleTenant(subscriptionTemplate, poolTemplate, assignmentTemplate, products);
        figures.info("4 scale", "scale.bulkLoad", (System.nanoTime() - loadStart) / 1e9, "s",
                "plain JDBC, one connection, server stopped: " + scale.subscriptions() + " subscriptions, seat pools and "
                        + scale.assignments() + " assignments (and their users), batches of 5,000, commit per 50,000 rows");
        figures.info("4 scale", "scale.databaseFile", Files.size(context.dataDir.resolve("selfserve.mv.db")) / 1048576.0, "MB", "H2 file after the load");
        context.app.start();
        figures.info("4 scale", "start.withScaleData", seconds(context.app.awaitReady(Duration.ofMinutes(10))), "s", "SelfServe start after the bulk load");
        HttpResponse<String> issued = context.api.postJson("api/v1/tokens", basic(adminEmail, DemoAccounts.PASSWORD), "{\"label\":\"bench\"}");
        expect(201, issued, "token of the scale tenant's admin");
        String admin = bearer(json(issued).getString("token"));

        double page = context.answerTime("api/v1/tenant/subscriptions", admin, 5, 9, response -> {
            if (!String.valueOf(scale.subscriptions()).equals(response.headers().firstValue("X-Total-Count").orElse(""))) {
                throw new IllegalStateException("X-Total-Count " + response.headers().firstValue("X-Total-Count") + ", expected "
                        + scale.subscriptions());
            }
        });
        figures.add("4 scale", "scale.productsFirstPage", page, "ms", atMost(100),
                "GET /api/v1/tenant/subscriptions (first page, 100 rows, with the total count) as the tenant's Global admin, API token, median of 9 after 5 warm-ups");
        double totals = context.answerTime("api/v1/tenant/licenses", admin, 5, 9, response -> { });
        figures.add("4 scale", "scale.licenseTotals", totals, "ms", atMost(200),
                "GET /api/v1/tenant/licenses (per-product license totals), median of 9 after 5 warm-ups");
        exportFigures(admin);
    }

    private String loadScaleTenant(Map<String, Object> subscriptionTemplate, Map<String, Object> poolTemplate,
                                   Map<String, Object> assignmentTemplate, List<String> products) throws SQLException {
        int subscriptions = scale.subscriptions();
        int perSubscription = scale.assignmentsPerSubscription();
        // Each product's holders must differ (one license per user and product): users enough for the busiest product.
        int users = Math.max(1_000, (subscriptions / products.size() + 1) * perSubscription);
        try (Connection c = BenchDb.open(context.dbUrl)) {
            c.setAutoCommit(false);
            String tenant = cloneTenant(c, "Bench Scale Corp");
            Map<String, Object> adminTemplate = BenchDb.row(c, "SELECT * FROM IDN_USER WHERE EMAIL = ?", ADMIN_TEMPLATE);
            String admin = cloneUsers(c, adminTemplate, tenant, 1, "admin%d@bench-scale.example", "Bench Scale Admin %d").getFirst();
            Map<String, Object> member = BenchDb.row(c, "SELECT * FROM IDN_USER WHERE EMAIL = ?", MEMBER_TEMPLATE);
            List<String> people = cloneUsers(c, member, tenant, users, "user%07d@bench-scale.example", "Scale User %07d");
            System.out.println("scale: " + users + " users loaded");
            OffsetDateTime started = OffsetDateTime.now().minusDays(20);
            long rows = 0;
            try (BenchDb.Cloner subs = new BenchDb.Cloner(c, "COM_SUBSCRIPTION");
                 BenchDb.Cloner pools = new BenchDb.Cloner(c, "LIC_SEAT_POOL");
                 BenchDb.Cloner assignments = new BenchDb.Cloner(c, "LIC_ASSIGNMENT")) {
                for (int s = 0; s < subscriptions; s++) {
                    String id = UUID.randomUUID().toString();
                    String productId = products.get(s % products.size());
                    int nth = s / products.size();
                    String purchaser = people.get(s % people.size());
                    OffsetDateTime at = started.plusSeconds(s);
                    Map<String, Object> sub = new HashMap<>();
                    sub.put("ID", id);
                    sub.put("TENANT_ID", tenant);
                    sub.put("PURCHASER_ID", purchaser);
                    sub.put("PRODUCT_ID", productId);
                    sub.put("QUANTITY", perSubscription);
                    sub.put("STARTED_AT", at);
                    sub.put("TERM_STARTED_AT", at);
                    sub.put("VERSION", 1L);
                    subs.add(subscriptionTemplate, sub);
                    pools.add(poolTemplate, Map.of("SUBSCRIPTION_ID", id, "TENANT_ID", tenant, "PRODUCT_ID", productId,
                            "PURCHASER_ID", purchaser, "SEATS", perSubscription, "ASSIGNED", perSubscription, "VERSION", 1L));
                    for (int a = 0; a < perSubscription; a++) {
                        String user = people.get(nth * perSubscription + a);
                        Map<String, Object> assignment = new HashMap<>();
                        assignment.put("ID", UUID.randomUUID().toString());
                        assignment.put("SUBSCRIPTION_ID", id);
                        assignment.put("TENANT_ID", tenant);
                        assignment.put("PRODUCT_ID", productId);
                        assignment.put("USER_ID", user);
                        assignment.put("HOLDER_ID", user);
                        assignment.put("BEGAN_AT", at);
                        assignment.put("ASSIGNED_BY", purchaser);
                        assignment.put("ENDED_AT", null);
                        assignment.put("ENDED_BY", null);
                        assignment.put("END_REASON", null);
                        assignments.add(assignmentTemplate, assignment);
                    }
                    rows += 2 + perSubscription;
                    if (assignments.pending() >= 5_000) {
                        // Parents first: the pools refer to nothing, the assignments to the pools.
                        subs.flush();
                        pools.flush();
                        assignments.flush();
                    }
                    if (rows >= 50_000) {
                        subs.flush();
                        pools.flush();
                        assignments.flush();
                        c.commit();
                        rows = 0;
                    }
                    if ((s + 1) % 20_000 == 0) {
                        System.out.println("scale: " + (s + 1) + " subscriptions loaded");
                    }
                }
                subs.flush();
                pools.flush();
            }
            c.commit();
            return adminEmail(admin, c);
        }
    }

    private static String adminEmail(String id, Connection c) throws SQLException {
        return (String) BenchDb.row(c, "SELECT EMAIL FROM IDN_USER WHERE ID = ?", id).get("EMAIL");
    }

    private void exportFigures(String admin) throws Exception {
        List<Double> rates = new ArrayList<>();
        List<Double> growth = new ArrayList<>();
        List<Double> retained = new ArrayList<>();
        long expected = scale.assignments();
        try (BenchHeap heap = new BenchHeap(context.app.pid())) {
            for (int i = 0; i < 1 + scale.runs(); i++) {
                long live = heap.liveBytes();
                long baseline = heap.oldGenBytes();
                AtomicLong peak = new AtomicLong(baseline);
                AtomicBoolean done = new AtomicBoolean();
                Thread sampler = Thread.ofVirtual().start(() -> {
                    while (!done.get()) {
                        peak.accumulateAndGet(heap.oldGenBytes(), Math::max);
                        sleep(50);
                    }
                });
                long before = System.nanoTime();
                HttpResponse<InputStream> response = STREAMING.send(context.api.request("api/v1/tenant/licenses/export")
                        .header("Authorization", admin).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                long bytes;
                long lines = 0;
                try (InputStream body = response.body()) {
                    byte[] buffer = new byte[1 << 16];
                    bytes = 0;
                    for (int read; (read = body.read(buffer)) > 0; ) {
                        bytes += read;
                        for (int b = 0; b < read; b++) {
                            if (buffer[b] == '\n') {
                                lines++;
                            }
                        }
                    }
                }
                double seconds = (System.nanoTime() - before) / 1e9;
                done.set(true);
                sampler.join();
                peak.accumulateAndGet(heap.oldGenBytes(), Math::max);
                long liveAfter = heap.liveBytes();
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Export answered " + response.statusCode());
                }
                long rows = Long.parseLong(response.headers().firstValue("X-Total-Rows").orElse("-1"));
                if (rows != expected) {
                    throw new IllegalStateException("Export of " + rows + " rows, expected " + expected + " (" + lines + " lines)");
                }
                System.out.printf(Locale.ROOT, "export %d%s: %d rows, %d lines, %.1f MB in %.2f s, old generation +%.1f MB, live heap %+.1f MB%n",
                        i, i == 0 ? " (warm-up)" : "", rows, lines, bytes / 1048576.0, seconds, (peak.get() - baseline) / 1048576.0,
                        (liveAfter - live) / 1048576.0);
                if (i > 0) {
                    rates.add(rows / seconds);
                    growth.add((peak.get() - baseline) / 1048576.0);
                    retained.add((liveAfter - live) / 1048576.0);
                }
            }
            figures.add("4 scale", "scale.exportRate", BenchStats.median(rates), "rows/s", atLeast(300_000),
                    "GET /api/v1/tenant/licenses/export (CSV of all " + expected + " current holders), rows / time to the last byte read, "
                            + "median of " + rates.size() + " after one warm-up");
            figures.add("4 scale", "scale.exportHeapGrowth", growth.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    "MB", atMost(64), "largest growth over the runs of the server's old generation (" + heap.oldGenNames()
                            + ", sampled every 50 ms through JMX) during one export, over its size after a full GC before it: "
                            + "what the export kept beyond short-lived garbage");
            figures.info("4 scale", "scale.exportHeapRetained", BenchStats.median(retained), "MB",
                    "live heap after GC after the export minus before it, median");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
