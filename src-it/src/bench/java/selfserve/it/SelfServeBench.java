package selfserve.it;

import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;
import static selfserve.it.BenchFigures.Goal.atLeast;
import static selfserve.it.BenchFigures.Goal.atMost;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The benchmark of issue 8, run by {@code ./mvnw -Pbench ...} (see README): starts SelfServe and a bare Liberty as a
 * user would ({@link ServerProcess}), loads data, runs the five scenarios with a JDK load generator (HTTP/1.1, API
 * tokens) and prints one line {@code name value unit} per figure, a table with goals, and
 * {@code target/bench/results.json}. Scenarios run in this order: start, purchase, seats, portal, scale (the bulk
 * load comes last so it does not slow the others). A scenario that fails is reported and the others still run; the
 * test fails at the end if one did. Missed goals do not fail the build: they are the measurement.
 */
class SelfServeBench {

    private static final String NORTHWIND = "Northwind Traders";
    private static final String MEMBER_TEMPLATE = "sam@northwind.com";
    private static final String ADMIN_TEMPLATE = "admin@northwind.com";
    private static final String PREFERRED_PRODUCT = "CFQ7TTC0H9MP"; // Power BI Pro
    private static final int CLIENTS = 32;
    private static final int PURCHASERS = CLIENTS;
    private static final int SEAT_SUBSCRIPTIONS = 8;          // 4 clients share each one
    private static final int SEATS_PER_SUBSCRIPTION = 60;     // room for 3 batches of 20 at once: the 4th client is refused
    private static final int COLLEAGUES_PER_CLIENT = 40;      // two batches of 20 of its own
    private static final int BATCH = 20;

    /** For the CSV export, read as a stream and counted, never held whole. */
    private static final java.net.http.HttpClient STREAMING = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    private final BenchFigures figures = new BenchFigures();
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final Path wlp = Path.of(System.getProperty("bench.wlp", "target/liberty/wlp")).toAbsolutePath();
    private final Path war = Path.of(System.getProperty("selfserve.war", "target/deploy/selfserve.war")).toAbsolutePath();
    private final int appHttp = Integer.getInteger("bench.app.http.port", 9481);
    private final int appHttps = Integer.getInteger("bench.app.https.port", 9844);
    private final int bareHttp = Integer.getInteger("bench.bare.http.port", 9491);
    private final int bareHttps = Integer.getInteger("bench.bare.https.port", 9854);
    private final Scale scale = Scale.of(System.getProperty("bench.scale", "small"));
    private final Path dataDir = dir.resolve("data");
    /** AUTO_SERVER: the server opens the file first; the bench's connections reach the same database through the
     * TCP server H2 then starts inside the server JVM. With the server stopped, the bench opens the file itself. */
    private final String dbUrl = "jdbc:h2:file:" + dataDir.resolve("selfserve") + ";AUTO_SERVER=TRUE";
    private final List<String> failures = new ArrayList<>();
    /** -Dbench.scenarios=purchase,seats runs only those (SelfServe is started once without timing when start is left out). */
    private final Set<String> scenarios = Set.of(System.getProperty("bench.scenarios", "start,purchase,seats,portal,scale")
            .toLowerCase(Locale.ROOT).split("\\s*,\\s*"));

    private URL appBase;
    private Api api;
    private ServerProcess app;
    private String benchTenant;
    private final List<Buyer> buyers = new ArrayList<>();
    private final List<String> colleagues = new ArrayList<>();
    private String product;

    /** The sizes of a run: "small" (default, a few minutes) or "full" (the issue's) or a number of subscriptions. */
    record Scale(String name, int subscriptions, int assignmentsPerSubscription, Duration run, int runs, int starts,
                 int sessions) {
        static Scale of(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "small", "" -> new Scale("small", 10_000, 10, Duration.ofSeconds(10), 3, 3, 20);
                case "full" -> new Scale("full", 200_000, 10, Duration.ofSeconds(30), 5, 5, 50);
                default -> new Scale(text, Integer.parseInt(text), 10, Duration.ofSeconds(15), 3, 3, 30);
            };
        }

        int assignments() {
            return subscriptions * assignmentsPerSubscription;
        }
    }

    record Buyer(String id, String email, String token, String paymentMethod) {
    }

    @Test
    void bench() throws Exception {
        appBase = URI.create("http://localhost:" + appHttp + "/").toURL();
        api = new Api(appBase);
        describeRun();
        deleteTree(dataDir);
        try {
            scenario("1 start", this::startScenario);
            if (app != null && app.alive()) {
                if (scenarios.contains("purchase") || scenarios.contains("seats") || scenarios.contains("scale")) {
                    scenario("2 purchase", this::purchaseScenario); // its purchasers, tokens and cards serve 3 and 4 too
                }
                if (scenarios.contains("seats") || scenarios.contains("scale")) {
                    scenario("3 seats", this::seatsScenario);
                }
                if (scenarios.contains("portal")) {
                    scenario("5 portal", this::portalScenario);
                }
                if (scenarios.contains("scale")) {
                    scenario("4 scale", this::scaleScenario);
                }
            }
        } finally {
            if (app != null) {
                app.close();
            }
            System.out.println();
            System.out.println("SelfServe benchmark, scale " + scale.name() + " (" + scale.subscriptions() + " subscriptions, "
                    + scale.assignments() + " assignments)");
            System.out.print(figures.table());
            failures.forEach(failure -> System.out.println("NOT MEASURED: " + failure));
            figures.write(dir.resolve("results.json"));
            System.out.println("Written to " + dir.resolve("results.json"));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Scenarios failed: " + failures);
        }
    }

    @FunctionalInterface
    private interface Scenario {
        void run() throws Exception;
    }

    private void scenario(String name, Scenario scenario) {
        System.out.println();
        System.out.println("==== scenario " + name + " (load average " + loadAverage() + ")");
        try {
            scenario.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            failures.add(name + ": " + e);
            figures.note("Scenario " + name + " failed: " + e);
        }
        Path file = dataDir.resolve("selfserve.mv.db");
        if (Files.exists(file)) {
            try {
                System.out.printf(Locale.ROOT, "# H2 file after scenario %s: %.1f MB%n", name, Files.size(file) / 1048576.0);
            } catch (IOException e) {
                System.out.println("# H2 file size unknown: " + e);
            }
        }
    }

    private void describeRun() {
        figures.condition("scale", scale);
        figures.condition("cpus", Runtime.getRuntime().availableProcessors());
        figures.condition("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        figures.condition("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        figures.condition("loadAverageAtStart", loadAverage());
        figures.condition("database", dbUrl);
        figures.condition("clients", CLIENTS);
        figures.note("Latencies and answer times are measured in the bench JVM around the whole HTTP/1.1 call on loopback "
                + "(send, server work, reading the whole answer). Each figure with repeats is the median over its runs, after "
                + "a warm-up that is not counted. The bench JVM and its load share the machine with the server.");
    }

    // ---------------------------------------------------------------------------------------------- 1 start

    private void startScenario() throws Exception {
        Path helloWar = dir.resolve("hello.war");
        Files.createDirectories(dir);
        ShrinkWrap.create(WebArchive.class, "hello.war").addClasses(BenchHelloApplication.class, BenchHelloResource.class)
                .as(ZipExporter.class).exportTo(helloWar.toFile(), true);
        List<Double> bare = new ArrayList<>();
        boolean timed = scenarios.contains("start");
        int starts = timed ? scale.starts() : 1;
        if (timed) {
            bare.addAll(bareStarts(helloWar));
        }
        app = ServerProcess.create(wlp, "bench-app", war, Map.of(
                "selfserve.http.port", Integer.toString(appHttp), "selfserve.https.port", Integer.toString(appHttps),
                "selfserve.demo", "true", "selfserve.data.dir", dataDir.toString(), "selfserve.db.url", dbUrl,
                // No mail server: mail is kept for the Sent mail page, nothing is retried against a missing host.
                "selfserve.mail.host", ""));
        app.start();
        figures.info("1 start", "start.firstWithNewDatabase", seconds(app.awaitReady(Duration.ofMinutes(5))), "s",
                "SelfServe's first start: new H2 file, Flyway migrations and demo data; not a goal");
        app.stop();
        loadBenchTenant();
        List<Double> selfServe = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            app.start();
            Duration ready = app.awaitReady(Duration.ofMinutes(4));
            System.out.println("SelfServe start " + (i + 1) + ": " + seconds(ready) + " s");
            selfServe.add(seconds(ready));
            if (i < starts - 1) {
                app.stop();
            }
        }
        if (!timed) {
            return;
        }
        double appReady = BenchStats.median(selfServe);
        double bareReady = BenchStats.median(bare);
        figures.add("1 start", "start.selfserve", appReady, "s", atMost(6),
                "launch of bin/server run to CWWKZ0001I of the portal, existing database, median of " + selfServe.size() + " starts");
        figures.add("1 start", "start.bareLiberty", bareReady, "s", null,
                "the same liberty/server.xml (same features) with one hello JAX-RS resource, median of " + bare.size()
                        + " starts after one warm-up start");
        figures.add("1 start", "start.ratio", appReady / bareReady, "x", atMost(2), "start.selfserve / start.bareLiberty");
    }

    /** The bare Liberty's starts: one warm-up (it fills the server's work area), then the measured ones. */
    private List<Double> bareStarts(Path helloWar) throws Exception {
        List<Double> bare = new ArrayList<>();
        try (ServerProcess server = ServerProcess.create(wlp, "bench-bare", helloWar, Map.of(
                "selfserve.http.port", Integer.toString(bareHttp), "selfserve.https.port", Integer.toString(bareHttps),
                "selfserve.data.dir", dir.resolve("bare-data").toString()))) {
            for (int i = 0; i <= scale.starts(); i++) {
                server.start();
                Duration ready = server.awaitReady(Duration.ofMinutes(4));
                Api bareApi = new Api(URI.create("http://localhost:" + bareHttp + "/").toURL());
                HttpResponse<String> hello = bareApi.send(bareApi.request("hello/hello").GET());
                if (hello.statusCode() != 200 || !hello.body().equals("hello")) {
                    throw new IllegalStateException("The bare server answered " + hello.statusCode() + " " + hello.body());
                }
                System.out.println("bare start " + i + (i == 0 ? " (warm-up, not counted)" : "") + ": " + seconds(ready) + " s");
                if (i > 0) {
                    bare.add(seconds(ready));
                }
                server.stop();
            }
        }
        return bare;
    }

    /** The purchasers and colleagues of the bench's own tenant, written with the server stopped. */
    private void loadBenchTenant() throws SQLException {
        try (Connection c = BenchDb.open(dbUrl)) {
            c.setAutoCommit(false);
            benchTenant = cloneTenant(c, "Bench Buyers Inc");
            Map<String, Object> member = BenchDb.row(c, "SELECT * FROM IDN_USER WHERE EMAIL = ?", MEMBER_TEMPLATE);
            List<String> ids = cloneUsers(c, member, benchTenant, PURCHASERS, "buyer%03d@bench-buyers.example", "Bench Buyer %03d");
            for (int i = 0; i < ids.size(); i++) {
                buyers.add(new Buyer(ids.get(i), String.format(Locale.ROOT, "buyer%03d@bench-buyers.example", i), null, null));
            }
            colleagues.addAll(cloneUsers(c, member, benchTenant, CLIENTS * COLLEAGUES_PER_CLIENT,
                    "colleague%05d@bench-buyers.example", "Bench Colleague %05d"));
            c.commit();
        }
        figures.note("Bench tenant 'Bench Buyers Inc' (a copy of Northwind Traders: US, USD, commercial) with " + PURCHASERS
                + " purchasers and " + colleagues.size() + " colleagues, written by JDBC with the server stopped; the users are "
                + "copies of " + MEMBER_TEMPLATE + " (same password) under new ids and emails.");
    }

    private static String cloneTenant(Connection c, String name) throws SQLException {
        Map<String, Object> template = BenchDb.row(c, "SELECT * FROM IDN_TENANT WHERE DISPLAY_NAME = ?", NORTHWIND);
        if (template.isEmpty()) {
            throw new IllegalStateException("No demo tenant " + NORTHWIND + ": is selfserve.demo on?");
        }
        String id = UUID.randomUUID().toString();
        try (BenchDb.Cloner tenants = new BenchDb.Cloner(c, "IDN_TENANT")) {
            tenants.add(template, Map.of("ID", id, "DISPLAY_NAME", name, "VERSION", 1L));
        }
        return id;
    }

    /** Users like the template (and with its roles), under new ids and emails, committed every 50,000. */
    private static List<String> cloneUsers(Connection c, Map<String, Object> template, String tenant, int count,
                                           String emailFormat, String nameFormat) throws SQLException {
        List<Map<String, Object>> roles = BenchDb.rows(c, "SELECT * FROM IDN_USER_ROLE WHERE USER_ID = ?", template.get("ID"));
        List<String> ids = new ArrayList<>(count);
        // Closed in reverse order: the users are written before their roles.
        try (BenchDb.Cloner userRoles = new BenchDb.Cloner(c, "IDN_USER_ROLE"); BenchDb.Cloner users = new BenchDb.Cloner(c, "IDN_USER")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                Map<String, Object> values = new HashMap<>();
                values.put("ID", id);
                values.put("TENANT_ID", tenant);
                values.put("EMAIL", String.format(Locale.ROOT, emailFormat, i));
                values.put("DISPLAY_NAME", String.format(Locale.ROOT, nameFormat, i));
                values.put("FAILED_SIGN_INS", 0);
                values.put("LAST_FAILED_SIGN_IN", null);
                values.put("LAST_SIGN_IN_AT", null);
                values.put("VERSION", 1L);
                users.add(template, values);
                for (Map<String, Object> role : roles) {
                    userRoles.add(role, Map.of("USER_ID", id));
                }
                if (users.pending() >= 5_000) {
                    users.flush();
                    userRoles.flush();
                }
                if ((i + 1) % 50_000 == 0) {
                    users.flush();
                    userRoles.flush();
                    c.commit();
                }
            }
        }
        c.commit();
        return ids;
    }

    // ---------------------------------------------------------------------------------------------- 2 purchase

    private void purchaseScenario() throws Exception {
        signInBuyers();
        try (Connection c = BenchDb.open(dbUrl)) {
            Map<String, Set<String>> before = BenchDb.keys(c);
            HttpResponse<String> one = purchase(buyers.getFirst(), 1);
            if (one.statusCode() != 201) {
                throw new IllegalStateException("A purchase answered " + one.statusCode() + ": " + one.body());
            }
            BenchDb.Recipe recipe = new BenchDb.Recipe(c, BenchDb.newRows(c, before));
            figures.note("One REST purchase (" + product + ", 1 license, saved card) wrote these rows: " + recipe.rowsPerTable()
                    + ". The raw-JDBC figure inserts copies of exactly these rows (new ids, new unique values) per transaction; "
                    + "it does not repeat the server's reads and updates (eligibility, policy, idempotency lookup, invoice number).");
            runPurchases(recipe);
        }
    }

    private void runPurchases(BenchDb.Recipe recipe) throws Exception {
        BenchLoad.Call[] calls = new BenchLoad.Call[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            Buyer buyer = buyers.get(i);
            calls[i] = () -> {
                HttpResponse<String> bought = purchase(buyer, 1);
                if (bought.statusCode() != 201) {
                    throw new IllegalStateException(bought.statusCode() + " " + bought.body());
                }
                return "purchase";
            };
        }
        System.out.println("purchase warm-up: " + BenchLoad.run(CLIENTS, scale.run(), i -> calls[i]));
        List<Double> throughput = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        long errors = 0;
        for (int run = 1; run <= scale.runs(); run++) {
            BenchLoad.Result result = BenchLoad.run(CLIENTS, scale.run(), i -> calls[i]);
            System.out.println("purchase run " + run + ": " + result + " " + result.firstErrors());
            throughput.add(result.perSecond());
            p50.add(result.p50Millis());
            p99.add(result.p99Millis());
            errors += result.errors();
        }
        String runs = scale.runs() + " runs of " + scale.run().toSeconds() + " s at " + CLIENTS + " clients (" + CLIENTS
                + " purchasers, one API token and saved card each, new Idempotency-Key per purchase)";
        figures.add("2 purchase", "purchase.throughput", BenchStats.median(throughput), "purchases/s", atLeast(500),
                "REST purchases answered 201 per second, median of " + runs);
        figures.add("2 purchase", "purchase.p50", BenchStats.median(p50), "ms", null, "median latency, median of " + runs);
        figures.add("2 purchase", "purchase.p99", BenchStats.median(p99), "ms", atMost(100), "99th percentile latency, median of " + runs);
        figures.info("2 purchase", "purchase.errors", errors, "requests", "purchases not answered 201 in the measured runs");

        List<Connection> connections = new ArrayList<>();
        try {
            BenchDb.Recipe.Writer[] writers = new BenchDb.Recipe.Writer[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                Connection c = BenchDb.open(dbUrl);
                connections.add(c);
                writers[i] = recipe.writer(c);
            }
            BenchLoad.Call[] inserts = new BenchLoad.Call[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                BenchDb.Recipe.Writer writer = writers[i];
                inserts[i] = () -> {
                    writer.writeOnce();
                    return "purchase";
                };
            }
            System.out.println("raw JDBC warm-up: " + BenchLoad.run(CLIENTS, scale.run(), i -> inserts[i]));
            List<Double> raw = new ArrayList<>();
            for (int run = 1; run <= scale.runs(); run++) {
                BenchLoad.Result result = BenchLoad.run(CLIENTS, scale.run(), i -> inserts[i]);
                System.out.println("raw JDBC run " + run + ": " + result + " " + result.firstErrors());
                raw.add(result.perSecond());
            }
            double rawThroughput = BenchStats.median(raw);
            figures.add("2 purchase", "purchase.rawJdbc.throughput", rawThroughput, "purchases/s", null,
                    "the same rows per purchase inserted by plain JDBC, one transaction each, " + CLIENTS + " connections, on the "
                            + "server's own H2 database (reached through H2's AUTO_SERVER TCP port in the server JVM), median of "
                            + scale.runs() + " runs of " + scale.run().toSeconds() + " s");
            figures.add("2 purchase", "purchase.ratio", BenchStats.median(throughput) / rawThroughput, "x", atLeast(0.3),
                    "purchase.throughput / purchase.rawJdbc.throughput");
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private HttpResponse<String> purchase(Buyer buyer, int quantity) {
        String body = "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"paymentMethodId\":\""
                + buyer.paymentMethod() + "\"}";
        return api.send(api.request("api/v1/purchases").header("Authorization", bearer(buyer.token()))
                .header("Idempotency-Key", "bench-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Each purchaser gets an API token (signing in with the password once) and saves a card. */
    private void signInBuyers() throws Exception {
        int year = Year.now().getValue() + 3;
        List<Buyer> ready = parallel(buyers.size(), i -> {
            Buyer buyer = buyers.get(i);
            HttpResponse<String> issued = api.postJson("api/v1/tokens", basic(buyer.email(), DemoAccounts.PASSWORD),
                    "{\"label\":\"bench\",\"validityDays\":1}");
            expect(201, issued, "token of " + buyer.email());
            String token = json(issued).getString("token");
            HttpResponse<String> card = api.postJson("api/v1/payment-methods", bearer(token), "{\"number\":\"4242 4242 4242 4242\","
                    + "\"expiryMonth\":12,\"expiryYear\":" + year + ",\"securityCode\":\"123\",\"nameOnCard\":\"Bench Buyer " + i
                    + "\",\"address\":{\"line1\":\"1 Bench Street\",\"city\":\"Seattle\",\"postalCode\":\"98052\",\"country\":\"US\"}}");
            expect(201, card, "card of " + buyer.email());
            return new Buyer(buyer.id(), buyer.email(), token, json(card).getString("id"));
        });
        buyers.clear();
        buyers.addAll(ready);
        HttpResponse<String> offers = api.get("api/v1/products", bearer(buyers.getFirst().token()));
        expect(200, offers, "products");
        List<String> eligible = Api.array(offers).stream().map(JsonValue::asJsonObject)
                .filter(offer -> offer.getJsonObject("purchase").getBoolean("eligible"))
                .map(offer -> offer.getString("productId")).toList();
        if (eligible.isEmpty()) {
            throw new IllegalStateException("The bench purchasers may buy no product: " + offers.body());
        }
        product = eligible.contains(PREFERRED_PRODUCT) ? PREFERRED_PRODUCT : eligible.getFirst();
    }

    // ---------------------------------------------------------------------------------------------- 3 seats

    private void seatsScenario() throws Exception {
        List<String> subscriptions = new ArrayList<>();
        for (int s = 0; s < SEAT_SUBSCRIPTIONS; s++) {
            HttpResponse<String> bought = purchase(buyers.get(s), SEATS_PER_SUBSCRIPTION);
            expect(201, bought, "subscription for seats");
            subscriptions.add(json(bought).getString("subscriptionId"));
        }
        BenchLoad.Call[] calls = new BenchLoad.Call[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            int owner = i % SEAT_SUBSCRIPTIONS;
            Buyer buyer = buyers.get(owner);
            String path = "api/v1/subscriptions/" + subscriptions.get(owner) + "/licenses/";
            List<String> mine = colleagues.subList(i * COLLEAGUES_PER_CLIENT, (i + 1) * COLLEAGUES_PER_CLIENT);
            calls[i] = new BenchLoad.Call() {
                private int batch;
                private boolean holding;

                @Override
                public String call() {
                    List<String> users = mine.subList(batch * BATCH, (batch + 1) * BATCH);
                    String body = "{\"userIds\":[\"" + String.join("\",\"", users) + "\"]}";
                    String action = holding ? "unassign" : "assign";
                    HttpResponse<String> answer = api.postJson(path + action, bearer(buyer.token()), body);
                    if (answer.statusCode() == 200) {
                        if (holding) {
                            batch = (batch + 1) % (COLLEAGUES_PER_CLIENT / BATCH);
                        }
                        holding = !holding;
                        return action;
                    }
                    if (!holding && answer.statusCode() == 409) {
                        return null; // no free seats left for 20 more: the refusal the scenario provokes
                    }
                    throw new IllegalStateException(action + " answered " + answer.statusCode() + ": " + answer.body());
                }
            };
        }
        System.out.println("seats warm-up: " + BenchLoad.run(CLIENTS, scale.run(), i -> calls[i]));
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> unassignP99 = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        long refused = 0;
        long errors = 0;
        for (int run = 1; run <= scale.runs(); run++) {
            BenchLoad.Result result = BenchLoad.run(CLIENTS, scale.run(), i -> calls[i]);
            BenchLoad.Result assign = result.kind("assign");
            System.out.println("seats run " + run + ": assign " + assign + "; unassign " + result.kind("unassign") + " "
                    + result.firstErrors());
            p50.add(assign.p50Millis());
            p99.add(assign.p99Millis());
            rate.add(assign.perSecond());
            unassignP99.add(result.kind("unassign").p99Millis());
            refused += result.refused();
            errors += result.errors();
        }
        String runs = scale.runs() + " runs of " + scale.run().toSeconds() + " s at " + CLIENTS + " clients; 4 clients share each of "
                + SEAT_SUBSCRIPTIONS + " subscriptions of " + SEATS_PER_SUBSCRIPTION + " seats and alternate assign/unassign of "
                + "their own 20 users, so the 4th batch on a subscription finds it full";
        figures.add("3 seats", "seats.assign.p50", BenchStats.median(p50), "ms", null, "20-user assign batches answered 200, " + runs);
        figures.add("3 seats", "seats.assign.p99", BenchStats.median(p99), "ms", atMost(50), "99th percentile of the same");
        figures.info("3 seats", "seats.assign.rate", BenchStats.median(rate), "batches/s", "successful assign batches per second");
        figures.info("3 seats", "seats.unassign.p99", BenchStats.median(unassignP99), "ms", "20-user unassign batches");
        figures.info("3 seats", "seats.refusedFull", refused, "batches", "assign batches refused with 409 (not enough free seats), all runs");
        figures.info("3 seats", "seats.errors", errors, "requests", "other failures, all runs");
        try (Connection c = BenchDb.open(dbUrl)) {
            long overbooked = BenchDb.count(c, "SELECT COUNT(*) FROM LIC_SEAT_POOL P WHERE P.TENANT_ID = ? AND (P.ASSIGNED > P.SEATS OR "
                    + "(SELECT COUNT(*) FROM LIC_ASSIGNMENT A WHERE A.SUBSCRIPTION_ID = P.SUBSCRIPTION_ID AND A.ENDED_AT IS NULL) > P.SEATS)",
                    benchTenant);
            long mismatched = BenchDb.count(c, "SELECT COUNT(*) FROM LIC_SEAT_POOL P WHERE P.TENANT_ID = ? AND P.ASSIGNED <> "
                    + "(SELECT COUNT(*) FROM LIC_ASSIGNMENT A WHERE A.SUBSCRIPTION_ID = P.SUBSCRIPTION_ID AND A.ENDED_AT IS NULL)",
                    benchTenant);
            figures.add("3 seats", "seats.overbooked", overbooked, "subscriptions", atMost(0),
                    "seat pools of the bench tenant with more current assignments (or assigned count) than seats, read by JDBC at the end");
            figures.info("3 seats", "seats.countMismatch", mismatched, "subscriptions",
                    "seat pools whose ASSIGNED count differs from their current assignment rows");
        }
    }

    // ---------------------------------------------------------------------------------------------- 5 portal

    private void portalScenario() throws Exception {
        String script = "window.__benchReady = undefined; (function poll() {"
                + " const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " const clients = flow ? Object.values(flow).filter(c => c && typeof c.isActive === 'function') : [];"
                + " if (clients.length > 0 && clients.every(c => !c.isActive()) && document.getElementById('signed-in-user')) {"
                + "   window.__benchReady = performance.now(); } else { setTimeout(poll, 5); } })();";
        try (Browser browser = new Browser("en-US"); BenchHeap heap = new BenchHeap(app.pid())) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "document.addEventListener('DOMContentLoaded', () => { " + script + " });"));
            // Warm-up: the first sign-in compiles the views' code paths in the server.
            for (int i = 0; i < 3; i++) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(appBase, buyers.get(i).email());
            }
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 2 + scale.runs() + 2; i++) {
                browser.open(appBase.toString());
                browser.until(d -> d.executeScript("return window.__benchReady") != null);
                double millis = ((Number) browser.driver().executeScript("return window.__benchReady")).doubleValue();
                System.out.println("portal page load " + i + (i < 2 ? " (warm-up)" : "") + ": " + millis + " ms");
                if (i >= 2) {
                    loads.add(millis);
                }
            }
            figures.add("5 portal", "portal.firstInteractivePage", BenchStats.median(loads) / 1000.0, "s", atMost(1.5),
                    "headless Chromium, signed-in purchaser opens the portal's home page: navigation start to the Vaadin UI "
                            + "ready (Flow client not busy, shell rendered), from performance.now() in the page; browser cache warm; "
                            + "median of " + loads.size());
            browser.driver().manage().deleteAllCookies();
            long before = heap.liveBytes();
            int sessions = scale.sessions();
            for (int i = 0; i < sessions; i++) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(appBase, buyers.get(i % buyers.size()).email());
                browser.await(By.id("signed-in-user"));
            }
            long after = heap.liveBytes();
            figures.info("5 portal", "portal.liveHeapBefore", before / 1048576.0, "MB", "server live heap after GC before the sessions");
            figures.info("5 portal", "portal.liveHeapAfter", after / 1048576.0, "MB", "the same after " + sessions + " sessions");
            figures.add("5 portal", "portal.heapPerSession", (after - before) / 1024.0 / sessions, "KB", atMost(250),
                    sessions + " purchasers signed in through the portal's form in headless Chromium, each in a new HTTP "
                            + "session (cookies cleared; earlier sessions stay open), home page shown; (live heap after GC "
                            + "after - before) / sessions, read from the server JVM through JMX");
        }
    }

    // ---------------------------------------------------------------------------------------------- 4 scale

    private void scaleScenario() throws Exception {
        Map<String, Object> subscriptionTemplate;
        Map<String, Object> poolTemplate;
        Map<String, Object> assignmentTemplate;
        List<String> products;
        try (Connection c = BenchDb.open(dbUrl)) {
            subscriptionTemplate = BenchDb.row(c, "SELECT * FROM COM_SUBSCRIPTION WHERE TENANT_ID = ? AND QUANTITY = ?",
                    benchTenant, SEATS_PER_SUBSCRIPTION);
            poolTemplate = BenchDb.row(c, "SELECT * FROM LIC_SEAT_POOL WHERE SUBSCRIPTION_ID = ?", subscriptionTemplate.get("ID"));
            assignmentTemplate = BenchDb.row(c, "SELECT * FROM LIC_ASSIGNMENT WHERE TENANT_ID = ?", benchTenant);
            products = BenchDb.rows(c, "SELECT ID FROM COM_PRODUCT ORDER BY ID").stream().map(r -> (String) r.get("ID")).toList();
        }
        if (subscriptionTemplate.isEmpty() || poolTemplate.isEmpty() || assignmentTemplate.isEmpty()) {
            throw new IllegalStateException("No subscription, seat pool or assignment of the bench tenant to copy (scenario 3 writes them)");
        }
        app.stop();
        long loadStart = System.nanoTime();
        String adminEmail = loadScaleTenant(subscriptionTemplate, poolTemplate, assignmentTemplate, products);
        figures.info("4 scale", "scale.bulkLoad", (System.nanoTime() - loadStart) / 1e9, "s",
                "plain JDBC, one connection, server stopped: " + scale.subscriptions() + " subscriptions, seat pools and "
                        + scale.assignments() + " assignments (and their users), batches of 5,000, commit per 50,000 rows");
        figures.info("4 scale", "scale.databaseFile", Files.size(dataDir.resolve("selfserve.mv.db")) / 1048576.0, "MB", "H2 file after the load");
        app.start();
        figures.info("4 scale", "start.withScaleData", seconds(app.awaitReady(Duration.ofMinutes(10))), "s", "SelfServe start after the bulk load");
        HttpResponse<String> issued = api.postJson("api/v1/tokens", basic(adminEmail, DemoAccounts.PASSWORD), "{\"label\":\"bench\"}");
        expect(201, issued, "token of the scale tenant's admin");
        String admin = bearer(json(issued).getString("token"));

        double page = answerTime("api/v1/tenant/subscriptions", admin, 5, 9, response -> {
            if (!String.valueOf(scale.subscriptions()).equals(response.headers().firstValue("X-Total-Count").orElse(""))) {
                throw new IllegalStateException("X-Total-Count " + response.headers().firstValue("X-Total-Count") + ", expected "
                        + scale.subscriptions());
            }
        });
        figures.add("4 scale", "scale.productsFirstPage", page, "ms", atMost(100),
                "GET /api/v1/tenant/subscriptions (first page, 100 rows, with the total count) as the tenant's Global admin, API token, median of 9 after 5 warm-ups");
        double totals = answerTime("api/v1/tenant/licenses", admin, 5, 9, response -> { });
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
        try (Connection c = BenchDb.open(dbUrl)) {
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

    @FunctionalInterface
    private interface Check {
        void check(HttpResponse<String> response);
    }

    /** The median answer time in ms of a GET, after warm-ups; every answer must be 200 and pass the check. */
    private double answerTime(String path, String authorization, int warmUps, int repeats, Check check) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warmUps + repeats; i++) {
            long before = System.nanoTime();
            HttpResponse<String> response = api.get(path, authorization);
            long took = System.nanoTime() - before;
            expect(200, response, path);
            check.check(response);
            if (i >= warmUps) {
                times.add(BenchStats.millis(took));
            }
        }
        System.out.println(path + ": " + times + " ms");
        return BenchStats.median(times);
    }

    private void exportFigures(String admin) throws Exception {
        List<Double> rates = new ArrayList<>();
        List<Double> growth = new ArrayList<>();
        List<Double> retained = new ArrayList<>();
        long expected = scale.assignments();
        try (BenchHeap heap = new BenchHeap(app.pid())) {
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
                HttpResponse<InputStream> response = STREAMING.send(api.request("api/v1/tenant/licenses/export")
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

    // ---------------------------------------------------------------------------------------------- helpers

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> parallel(int n, IndexedTask<T> task) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit(() -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
