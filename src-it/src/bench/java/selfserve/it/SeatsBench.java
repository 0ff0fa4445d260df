package selfserve.it;

import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;
import static selfserve.it.BenchContext.CLIENTS;
import static selfserve.it.BenchContext.COLLEAGUES_PER_CLIENT;
import static selfserve.it.BenchContext.expect;
import static selfserve.it.BenchFigures.Goal.atMost;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 3: 32 clients assign and unassign 20-user batches, 4 per subscription of 60 seats, so some batches are
 * refused for want of seats (p50/p99); at the end no seat pool may be overbooked (checked by JDBC). The
 * subscriptions and assignments it leaves are the templates the scale scenario copies.
 */
final class SeatsBench extends BenchScenario {

    private static final int SEAT_SUBSCRIPTIONS = 8;          // 4 clients share each one
    static final int SEATS_PER_SUBSCRIPTION = 60;             // room for 3 batches of 20 at once: the 4th client is refused
    private static final int BATCH = 20;

    SeatsBench(BenchContext context) {
        super(context);
    }

    @Override
    void run() throws Exception {
        List<String> subscriptions = new ArrayList<>();
        for (int s = 0; s < SEAT_SUBSCRIPTIONS; s++) {
            HttpResponse<String> bought = context.purchase(context.buyers.get(s), SEATS_PER_SUBSCRIPTION);
            expect(201, bought, "subscription for seats");
            subscriptions.add(json(bought).getString("subscriptionId"));
        }
        BenchLoad.Call[] calls = new BenchLoad.Call[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            int owner = i % SEAT_SUBSCRIPTIONS;
            BenchContext.Buyer buyer = context.buyers.get(owner);
            String path = "api/v1/subscriptions/" + subscriptions.get(owner) + "/licenses/";
            List<String> mine = context.colleagues.subList(i * COLLEAGUES_PER_CLIENT, (i + 1) * COLLEAGUES_PER_CLIENT);
            calls[i] = new BenchLoad.Call() {
                private int batch;
                private boolean holding;

                @Override
                public String call() {
                    List<String> users = mine.subList(batch * BATCH, (batch + 1) * BATCH);
                    String body = "{\"userIds\":[\"" + String.join("\",\"", users) + "\"]}";
                    String action = holding ? "unassign" : "assign";
                    HttpResponse<String> answer = context.api.postJson(path + action, bearer(buyer.token()), body);
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
        System.out.println("seats warm-up: " + BenchLoad.run(CLIENTS, scale.warmUp(), i -> calls[i]));
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
        checkSeatPools();
    }

    /** Read by JDBC, not through the API: the count the server keeps and the assignment rows must both hold. */
    private void checkSeatPools() throws SQLException {
        try (Connection c = BenchDb.open(context.dbUrl)) {
            long overbooked = BenchDb.count(c, "SELECT COUNT(*) FROM LIC_SEAT_POOL P WHERE P.TENANT_ID = ? AND (P.ASSIGNED > P.SEATS OR "
                    + "(SELECT COUNT(*) FROM LIC_ASSIGNMENT A WHERE A.SUBSCRIPTION_ID = P.SUBSCRIPTION_ID AND A.ENDED_AT IS NULL) > P.SEATS)",
                    context.benchTenant);
            long mismatched = BenchDb.count(c, "SELECT COUNT(*) FROM LIC_SEAT_POOL P WHERE P.TENANT_ID = ? AND P.ASSIGNED <> "
                    + "(SELECT COUNT(*) FROM LIC_ASSIGNMENT A WHERE A.SUBSCRIPTION_ID = P.SUBSCRIPTION_ID AND A.ENDED_AT IS NULL)",
                    context.benchTenant);
            figures.add("3 seats", "seats.overbooked", overbooked, "subscriptions", atMost(0),
                    "seat pools of the bench tenant with more current assignments (or assigned count) than seats, read by JDBC at the end");
            figures.add("3 seats", "seats.countMismatch", mismatched, "subscriptions", atMost(0),
                    "seat pools whose ASSIGNED count differs from their current assignment rows (a lost update of the count)");
        }
    }
}
