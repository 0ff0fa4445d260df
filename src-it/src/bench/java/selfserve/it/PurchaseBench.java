package selfserve.it;

import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;
import static selfserve.it.BenchContext.CLIENTS;
import static selfserve.it.BenchContext.expect;
import static selfserve.it.BenchContext.parallel;
import static selfserve.it.BenchFigures.Goal.atLeast;
import static selfserve.it.BenchFigures.Goal.atMost;

import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario 2: REST purchases by 32 signed-in purchasers (throughput, p50/p99) against plain JDBC inserting the
 * rows one purchase writes, on the same database; the ratio. Signing the purchasers in (token, saved card) and
 * choosing the product is done here once for the later scenarios too.
 */
final class PurchaseBench extends BenchScenario {

    private static final String PREFERRED_PRODUCT = "CFQ7TTC0H9MP"; // Power BI Pro

    PurchaseBench(BenchContext context) {
        super(context);
    }

    @Override
    void run() throws Exception {
        signInBuyers();
        try (Connection c = BenchDb.open(context.dbUrl)) {
            Map<String, Set<String>> before = BenchDb.keys(c);
            HttpResponse<String> one = context.purchase(context.buyers.getFirst(), 1);
            if (one.statusCode() != 201) {
                throw new IllegalStateException("A purchase answered " + one.statusCode() + ": " + one.body());
            }
            BenchDb.Recipe recipe = new BenchDb.Recipe(c, BenchDb.newRows(c, before));
            figures.note("One REST purchase (" + context.product + ", 1 license, saved card) wrote these rows: " + recipe.rowsPerTable()
                    + ". The raw-JDBC figure inserts copies of exactly these rows (new ids, new unique values) per transaction; "
                    + "it does not repeat the server's reads and updates (eligibility, policy, idempotency lookup, invoice number).");
            runPurchases(recipe);
        }
    }

    private void runPurchases(BenchDb.Recipe recipe) throws Exception {
        BenchLoad.Call[] calls = new BenchLoad.Call[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            BenchContext.Buyer buyer = context.buyers.get(i);
            calls[i] = () -> {
                HttpResponse<String> bought = context.purchase(buyer, 1);
                if (bought.statusCode() != 201) {
                    throw new IllegalStateException(bought.statusCode() + " " + bought.body());
                }
                return "purchase";
            };
        }
        System.out.println("purchase warm-up: " + BenchLoad.run(CLIENTS, scale.warmUp(), i -> calls[i]));
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
                Connection c = BenchDb.open(context.dbUrl);
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
            System.out.println("raw JDBC warm-up: " + BenchLoad.run(CLIENTS, scale.warmUp(), i -> inserts[i]));
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

    /** Each purchaser gets an API token (signing in with the password once) and saves a card. */
    private void signInBuyers() throws Exception {
        List<BenchContext.Buyer> buyers = context.buyers;
        Api api = context.api;
        int year = Year.now().getValue() + 3;
        List<BenchContext.Buyer> ready = parallel(buyers.size(), i -> {
            BenchContext.Buyer buyer = buyers.get(i);
            HttpResponse<String> issued = api.postJson("api/v1/tokens", basic(buyer.email(), DemoAccounts.PASSWORD),
                    "{\"label\":\"bench\",\"validityDays\":1}");
            expect(201, issued, "token of " + buyer.email());
            String token = json(issued).getString("token");
            HttpResponse<String> card = api.postJson("api/v1/payment-methods", bearer(token), "{\"number\":\"4242 4242 4242 4242\","
                    + "\"expiryMonth\":12,\"expiryYear\":" + year + ",\"securityCode\":\"123\",\"nameOnCard\":\"Bench Buyer " + i
                    + "\",\"address\":{\"line1\":\"1 Bench Street\",\"city\":\"Seattle\",\"postalCode\":\"98052\",\"country\":\"US\"}}");
            expect(201, card, "card of " + buyer.email());
            return new BenchContext.Buyer(buyer.id(), buyer.email(), token, json(card).getString("id"));
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
        context.product = eligible.contains(PREFERRED_PRODUCT) ? PREFERRED_PRODUCT : eligible.getFirst();
    }
}
