package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 item 3: one purchase request sent ten times at once with one Idempotency-Key buys once, charges
 * once and gets ten equal answers; the key with other bodies at once buys once and refuses the rest with
 * IDEMPOTENCY_KEY_REUSED. Each database run is new, so the keys here are fixed and the server-side checks
 * find the rows by them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdempotencyIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String TWINS_KEY = "idempotency-it-ten-twins";
    private static final String REUSED_KEY = "idempotency-it-other-bodies";
    private static final int TWINS = 10;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(IdempotencyIT.class, Api.class, DemoAccounts.class, LoadCards.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    @RunAsClient
    void tenTwinsAtOnceBuyOnceAndGetTenEqualAnswers() {
        Api api = new Api(base);
        allow(api);
        int before = subscriptions(api).size();
        String body = LoadCards.purchase(POWER_BI_PRO, 90).replace("\"quantity\":1", "\"quantity\":3");

        List<HttpResponse<String>> answers = atOnce(api, IntStream.range(0, TWINS).mapToObj(i -> body).toList(), TWINS_KEY);

        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, (long) TWINS), statuses, () -> answers.stream().map(HttpResponse::body).toList().toString());
        Set<String> bodies = answers.stream().map(HttpResponse::body).collect(Collectors.toSet());
        assertEquals(1, bodies.size(), () -> "ten equal answers, not " + bodies);
        String subscription = json(answers.getFirst()).getString("subscriptionId");
        List<String> after = subscriptions(api);
        assertEquals(before + 1, after.size(), "one subscription");
        assertTrue(after.contains(subscription));
        System.out.println("idempotency: " + TWINS + " concurrent twins -> " + statuses + ", " + bodies.size() + " distinct answer, "
                + (after.size() - before) + " subscription");
    }

    @Test
    @Order(2)
    void theTwinsLeftOneKeyOneSubscriptionOneInvoiceAndOneCharge() throws Exception {
        try (Connection db = ((DataSource) new InitialContext().lookup("jdbc/selfserve")).getConnection()) {
            List<String> claim = row(db, """
                    select count(*), max(SUBSCRIPTION_ID), max(INVOICE_ID) from COM_IDEMPOTENT_REQUEST where IDEMPOTENCY_KEY = ?""",
                    TWINS_KEY);
            assertEquals("1", claim.get(0), "one claim of the key");
            List<String> invoices = row(db, """
                    select count(*), count(distinct CHARGE_REFERENCE), max(ID), max(QUANTITY) from COM_INVOICE where SUBSCRIPTION_ID = ?""",
                    claim.get(1));
            assertEquals(List.of("1", "1", claim.get(2), "3"), invoices, "one invoice of one charge for the three licenses");
            assertEquals(List.of("1", "3"), row(db, "select count(*), max(QUANTITY) from COM_SUBSCRIPTION where ID = ?", claim.get(1)));
            assertEquals(List.of("1", "3"), row(db, "select count(*), max(SEATS) from LIC_SEAT_POOL where SUBSCRIPTION_ID = ?",
                    claim.get(1)), "one seat pool");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void oneKeyWithOtherBodiesAtOnceBuysOnceAndRefusesTheRest() {
        Api api = new Api(base);
        allow(api);
        int before = subscriptions(api).size();
        List<String> bodies = IntStream.rangeClosed(1, 6)
                .mapToObj(quantity -> LoadCards.purchase(POWER_BI_PRO, 91).replace("\"quantity\":1", "\"quantity\":" + quantity))
                .toList();

        List<HttpResponse<String>> answers = atOnce(api, bodies, REUSED_KEY);

        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 422, 5L), statuses, () -> answers.stream().map(HttpResponse::body).toList().toString());
        answers.stream().filter(answer -> answer.statusCode() == 422).forEach(refused -> {
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertEquals("IDEMPOTENCY_KEY_REUSED", json(refused).getString("code"), refused.body());
        });
        assertEquals(before + 1, subscriptions(api).size());

        HttpResponse<String> winner = answers.stream().filter(answer -> answer.statusCode() == 201).findFirst().orElseThrow();
        int quantity = json(winner).getInt("quantity");
        HttpResponse<String> again = atOnce(api, List.of(bodies.get(quantity - 1)), REUSED_KEY).getFirst();
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(winner.body(), again.body(), "the winner's body with the key answers the same receipt");
    }

    private static List<HttpResponse<String>> atOnce(Api api, List<String> bodies, String key) {
        List<CompletableFuture<HttpResponse<String>>> sent = bodies.stream()
                .map(body -> api.sendAsync(api.request("api/v1/purchases").header("Authorization", SAM)
                        .header("Idempotency-Key", key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))))
                .toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static void allow(Api api) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + POWER_BI_PRO)
                .header("Authorization", basic("admin@northwind.com", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    private static List<String> subscriptions(Api api) {
        return array(api.get("api/v1/subscriptions", SAM)).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    private static List<String> row(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return IntStream.rangeClosed(1, row.getMetaData().getColumnCount()).mapToObj(column -> {
                    try {
                        return row.getString(column);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
            }
        }
    }
}
