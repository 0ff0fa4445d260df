package selfserve.it;

import static selfserve.it.Api.bearer;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the benchmark's scenarios share: the settings of the run (system properties {@code bench.*}), the figures,
 * the started SelfServe, and the purchasers and colleagues that start writes, purchase signs in and the later
 * scenarios reuse. The scenarios run one after the other, so the mutable fields need no locking.
 */
final class BenchContext {

    static final int CLIENTS = 32;
    static final int PURCHASERS = CLIENTS;
    static final int COLLEAGUES_PER_CLIENT = 40;      // two batches of 20 of its own

    final BenchFigures figures = new BenchFigures();
    final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    final Path wlp = Path.of(System.getProperty("bench.wlp", "target/liberty/wlp")).toAbsolutePath();
    final Path war = Path.of(System.getProperty("selfserve.war", "target/deploy/selfserve.war")).toAbsolutePath();
    final int appHttp = Integer.getInteger("bench.app.http.port", 9481);
    final int appHttps = Integer.getInteger("bench.app.https.port", 9844);
    final int bareHttp = Integer.getInteger("bench.bare.http.port", 9491);
    final int bareHttps = Integer.getInteger("bench.bare.https.port", 9854);
    final Scale scale = Scale.of(System.getProperty("bench.scale", "small"));
    final Path dataDir = dir.resolve("data");
    /** AUTO_SERVER: the server opens the file first; the bench's connections reach the same database through the
     * TCP server H2 then starts inside the server JVM. With the server stopped, the bench opens the file itself. */
    final String dbUrl = "jdbc:h2:file:" + dataDir.resolve("selfserve") + ";AUTO_SERVER=TRUE";
    /** The server's: as durable as the default URL in server.xml (each commit written before it is answered). */
    final String serverDbUrl = dbUrl + ";WRITE_DELAY=0";
    /** -Dbench.scenarios=purchase,seats runs only those (SelfServe is started once without timing when start is left out). */
    final Set<String> scenarios = Set.of(System.getProperty("bench.scenarios", "start,purchase,seats,portal,scale")
            .toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    final URL appBase;
    final Api api;

    /** Started by the start scenario; later ones stop and restart it. */
    ServerProcess app;
    String benchTenant;
    final List<Buyer> buyers = new ArrayList<>();
    final List<String> colleagues = new ArrayList<>();
    /** The product the purchasers buy, chosen by the purchase scenario. */
    String product;

    /** The sizes of a run: "small" (default, a few minutes) or "full" (the issue's) or a number of subscriptions. */
    record Scale(String name, int subscriptions, int assignmentsPerSubscription, Duration run, int runs, int starts,
                 int sessions) {
        static Scale of(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "small", "" -> new Scale("small", 10_000, 10, Duration.ofSeconds(10), 3, 3, 60);
                case "full" -> new Scale("full", 200_000, 10, Duration.ofSeconds(30), 5, 5, 200);
                default -> new Scale(text, Integer.parseInt(text), 10, Duration.ofSeconds(15), 3, 3, 100);
            };
        }

        int assignments() {
            return subscriptions * assignmentsPerSubscription;
        }

        /** Three runs long: after one run of 10 s, each further run was still faster while the JIT compiled. */
        Duration warmUp() {
            return run.multipliedBy(3);
        }
    }

    /** A purchaser of the bench tenant; token and payment method are null until the purchase scenario signs it in. */
    record Buyer(String id, String email, String token, String paymentMethod) {
    }

    BenchContext() throws MalformedURLException {
        appBase = URI.create("http://localhost:" + appHttp + "/").toURL();
        api = new Api(appBase);
    }

    /** A REST purchase of the chosen product with the buyer's token and card, under a new Idempotency-Key. */
    HttpResponse<String> purchase(Buyer buyer, int quantity) {
        String body = "{\"productId\":\"" + product + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"paymentMethodId\":\""
                + buyer.paymentMethod() + "\"}";
        return api.send(api.request("api/v1/purchases").header("Authorization", bearer(buyer.token()))
                .header("Idempotency-Key", "bench-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @FunctionalInterface
    interface Check {
        void check(HttpResponse<String> response);
    }

    /** The median answer time in ms of a GET, after warm-ups; every answer must be 200 and pass the check. */
    double answerTime(String path, String authorization, int warmUps, int repeats, Check check) {
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

    static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    @FunctionalInterface
    interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    /** Runs task 0..n-1 on 8 threads and answers their results in index order. */
    static <T> List<T> parallel(int n, IndexedTask<T> task) throws Exception {
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

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
