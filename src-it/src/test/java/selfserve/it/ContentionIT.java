package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.array;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 item 2: changes of one subscription racing each other. Quantity changes at once lose no update
 * (the final quantity is a winner's, and the order history and the invoices tell the same story); a
 * cancellation racing them ends the subscription once, after which nothing changes it; take-overs racing
 * the purchaser's own cancel end it exactly once; reductions racing assignments never leave more licenses
 * assigned than there are. A loser always gets a 409 problem (or the rule's own refusal), never a 5xx.
 *
 * <p>Also in the suite: 200 assignments at 100 free seats (LicensesApiIT) and two admins moving one
 * subscription's users at once (TakeOverApiIT).
 */
@ExtendWith(ArquillianExtension.class)
class ContentionIT {

    private static final String SAM = basic("sam@northwind.com", DemoAccounts.PASSWORD);
    private static final String ADMIN = basic("admin@northwind.com", DemoAccounts.PASSWORD);
    private static final String PARTNER = basic("agent@fabrikam-partners.com", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final Set<String> ENDINGS = Set.of("CANCELED_BY_PURCHASER", "CANCELED_BY_ADMIN", "MOVED_BY_ADMIN");
    private static final Map<String, Long> TALLY = new TreeMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + POWER_BI_PRO)
                .header("Authorization", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    @AfterAll
    static void printTheFigures() {
        System.out.println("contention: " + TALLY);
    }

    @Test
    void quantityChangesAtOnceLoseNoUpdate() {
        UUID subscription = buy(5);
        List<Integer> wanted = IntStream.rangeClosed(6, 13).boxed().toList();

        List<HttpResponse<String>> answers = atOnce(wanted.stream().map(quantity -> changeQuantity(subscription, quantity)).toList());

        assertOnlyWinnersAndCleanLosers(answers, Set.of("CONCURRENT_CHANGE"), "quantity");
        List<Integer> winners = IntStream.range(0, answers.size()).filter(i -> answers.get(i).statusCode() == 200)
                .mapToObj(wanted::get).toList();
        assertFalse(winners.isEmpty(), "someone wins");
        int finalQuantity = quantity(subscription);
        assertTrue(winners.contains(finalQuantity), finalQuantity + " is none of the winners' " + winners);

        List<JsonObject> changes = history(subscription).stream()
                .filter(line -> line.getString("kind").equals("QUANTITY_CHANGED")).toList();
        assertEquals(winners.size(), changes.size(), "one history line per winner: " + changes);
        assertChain(5, finalQuantity, changes);
        List<Integer> invoicedAdditions = invoices(subscription).stream().skip(1).map(invoice -> invoice.getInt("quantity"))
                .sorted().toList();
        assertEquals(changes.stream().map(line -> line.getInt("quantityAfter") - line.getInt("quantityBefore"))
                        .filter(added -> added > 0).sorted().toList(),
                invoicedAdditions, "every increase that counts was invoiced once, no other (fewer licenses are not refunded)");
        assertEquals(finalQuantity, licenses(subscription).getInt("seats"), "the seats follow the winner");
    }

    @Test
    void aCancellationRacingQuantityChangesEndsItOnce() {
        UUID subscription = buy(5);
        List<Integer> wanted = List.of(3, 4, 6, 7, 8, 9);
        List<HttpRequest.Builder> requests = new ArrayList<>(wanted.stream().map(quantity -> changeQuantity(subscription, quantity)).toList());
        requests.add(cancel(subscription));

        List<HttpResponse<String>> answers = atOnce(requests);

        assertOnlyWinnersAndCleanLosers(answers, Set.of("CONCURRENT_CHANGE", "SUBSCRIPTION_NOT_RUNNING"), "cancel race");
        HttpResponse<String> canceled = answers.getLast();
        for (int retry = 0; canceled.statusCode() == 409 && retry < 3; retry++) {
            canceled = api.send(cancel(subscription)); // the purchaser tries again after losing to a quantity change
        }
        assertEquals(200, canceled.statusCode(), canceled.body());
        assertEquals("CANCELED", json(api.get("api/v1/subscriptions/" + subscription, SAM)).getString("status"));

        List<JsonObject> history = history(subscription);
        List<JsonObject> changes = history.stream().filter(line -> line.getString("kind").equals("QUANTITY_CHANGED")).toList();
        List<JsonObject> endings = history.stream().filter(line -> ENDINGS.contains(line.getString("kind"))).toList();
        assertEquals(1, endings.size(), history.toString());
        Instant end = Instant.parse(endings.getFirst().getString("at"));
        assertTrue(changes.stream().allMatch(line -> !Instant.parse(line.getString("at")).isAfter(end)), "nothing changed it after: " + history);
        long changedQuantities = answers.subList(0, wanted.size()).stream().filter(answer -> answer.statusCode() == 200).count();
        assertEquals(changedQuantities, changes.size());
        assertChain(5, quantity(subscription), changes);
        assertEquals(0, licenses(subscription).getInt("free"), "an ended subscription has no seats to give");
        HttpResponse<String> late = api.send(changeQuantity(subscription, 20));
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("SUBSCRIPTION_NOT_RUNNING", json(late).getString("code"));
    }

    @Test
    void takeOversRacingThePurchasersCancelEndItOnce() {
        UUID subscription = buy(1);
        UUID target = buy(3);
        UUID sam = UUID.fromString(json(api.get("api/v1/me", SAM)).getString("id"));
        assertEquals(200, assign(subscription, sam).statusCode());
        String byAdmin = "{\"reason\":\"NO_LONGER_NEEDED\"}";

        List<HttpResponse<String>> answers = atOnce(List.of(
                post(takeOver(subscription) + "/cancel", ADMIN, byAdmin),
                post(takeOver(subscription) + "/cancel", PARTNER, byAdmin),
                post(takeOver(subscription) + "/move", ADMIN, "{\"targetSubscriptionId\":\"" + target + "\"}"),
                post(takeOver(subscription) + "/move", PARTNER, "{\"targetSubscriptionId\":\"" + target + "\"}"),
                cancel(subscription)));

        assertOnlyWinnersAndCleanLosers(answers, Set.of("CONCURRENT_CHANGE", "SUBSCRIPTION_NOT_RUNNING"), "take-over race");
        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 200).count(), "exactly one ends it");
        List<JsonObject> endings = history(subscription).stream().filter(line -> ENDINGS.contains(line.getString("kind"))).toList();
        assertEquals(1, endings.size(), endings.toString());
        JsonObject seats = licenses(subscription);
        assertEquals(0, seats.getInt("assigned"), "nobody holds a license of the ended subscription");
        int moved = licenses(target).getInt("assigned");
        assertEquals(endings.getFirst().getString("kind").equals("MOVED_BY_ADMIN") ? 1 : 0, moved, "moved once or not at all");
        if (moved == 1) {
            api.postJson("api/v1/subscriptions/" + target + "/licenses/unassign", SAM, "{\"userIds\":[\"" + sam + "\"]}");
        }
        api.send(cancel(target));
    }

    @Test
    void reductionsRacingAssignmentsNeverOverbook() {
        UUID sam = UUID.fromString(json(api.get("api/v1/me", SAM)).getString("id"));
        UUID admin = UUID.fromString(json(api.get("api/v1/me", ADMIN)).getString("id"));
        for (int round = 0; round < 5; round++) {
            UUID subscription = buy(2);

            List<HttpResponse<String>> answers = atOnce(List.of(assignRequest(subscription, sam), assignRequest(subscription, admin),
                    changeQuantity(subscription, 1)));

            for (HttpResponse<String> answer : answers) {
                tally("reduce/assign " + answer.statusCode());
                assertTrue(answer.statusCode() < 500, answer.body());
                if (answer.statusCode() != 200) {
                    assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
                    assertTrue(Set.of("NOT_ENOUGH_SEATS", "CONCURRENT_CHANGE", "QUANTITY_BELOW_ASSIGNED").contains(json(answer).getString("code")),
                            answer.body());
                }
            }
            JsonObject seats = licenses(subscription);
            assertTrue(seats.getInt("assigned") <= seats.getInt("seats"), seats.toString());
            assertEquals(quantity(subscription), seats.getInt("seats"), "seats follow the subscription's quantity");
            assertEquals(seats.getInt("assigned"), seats.getJsonArray("users").size());
            assertEquals(200, api.send(cancel(subscription)).statusCode(), "frees sam and the admin for the next round");
        }
    }

    private void assertOnlyWinnersAndCleanLosers(List<HttpResponse<String>> answers, Set<String> losingCodes, String race) {
        for (HttpResponse<String> answer : answers) {
            tally(race + " " + answer.statusCode());
            if (answer.statusCode() == 200) {
                continue;
            }
            assertEquals(409, answer.statusCode(), answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(losingCodes.contains(json(answer).getString("code")), answer.body());
        }
    }

    /** The quantity changes in the order they happened, each starting where the one before ended. */
    private static void assertChain(int first, int last, List<JsonObject> changes) {
        int quantity = first;
        for (JsonObject line : changes.stream().sorted(Comparator.comparing(line -> Instant.parse(line.getString("at")))).toList()) {
            assertEquals(quantity, line.getInt("quantityBefore"), "a lost update: " + changes);
            quantity = line.getInt("quantityAfter");
        }
        assertEquals(last, quantity, changes.toString());
    }

    private static synchronized void tally(String outcome) {
        TALLY.merge(outcome, 1L, Long::sum);
    }

    private List<HttpResponse<String>> atOnce(List<HttpRequest.Builder> requests) {
        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream().map(api::sendAsync).toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private HttpRequest.Builder changeQuantity(UUID subscription, int quantity) {
        return api.request("api/v1/subscriptions/" + subscription).header("Authorization", SAM)
                .header("Idempotency-Key", "contention-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":" + quantity + "}"));
    }

    private HttpRequest.Builder cancel(UUID subscription) {
        return post("api/v1/subscriptions/" + subscription + "/cancel", SAM, "{\"reason\":\"NO_LONGER_NEEDED\"}");
    }

    private HttpRequest.Builder assignRequest(UUID subscription, UUID person) {
        return post("api/v1/subscriptions/" + subscription + "/licenses/assign", SAM, "{\"userIds\":[\"" + person + "\"]}");
    }

    private HttpResponse<String> assign(UUID subscription, UUID person) {
        return api.send(assignRequest(subscription, person));
    }

    private HttpRequest.Builder post(String path, String caller, String json) {
        return api.request(path).header("Authorization", caller).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String takeOver(UUID subscription) {
        return "api/v1/tenant/subscriptions/" + subscription + "/take-over";
    }

    private int quantity(UUID subscription) {
        return json(api.get("api/v1/subscriptions/" + subscription, SAM)).getInt("quantity");
    }

    private JsonObject licenses(UUID subscription) {
        HttpResponse<String> seats = api.get("api/v1/subscriptions/" + subscription + "/licenses", SAM);
        assertEquals(200, seats.statusCode(), seats.body());
        return json(seats);
    }

    private List<JsonObject> history(UUID subscription) {
        HttpResponse<String> history = api.get("api/v1/tenant/subscriptions/" + subscription + "/history", ADMIN);
        assertEquals(200, history.statusCode(), history.body());
        return array(history).getValuesAs(JsonObject.class);
    }

    /** The subscription's invoices, oldest (the purchase) first. */
    private List<JsonObject> invoices(UUID subscription) {
        return array(api.get("api/v1/invoices", SAM)).getValuesAs(JsonObject.class).stream()
                .filter(invoice -> invoice.getString("subscriptionId").equals(subscription.toString()))
                .sorted(Comparator.comparing((JsonObject invoice) -> Instant.parse(invoice.getString("issuedAt")))
                        .thenComparing(invoice -> invoice.getString("number")))
                .toList();
    }

    private UUID buy(int quantity) {
        String body = "{\"productId\":\"" + POWER_BI_PRO + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 1)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\","
                + "\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}}";
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", SAM)
                .header("Content-Type", "application/json").header("Idempotency-Key", "contention-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, bought.statusCode(), bought.body());
        return UUID.fromString(json(bought).getString("subscriptionId"));
    }
}
