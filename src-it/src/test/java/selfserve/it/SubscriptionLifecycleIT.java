package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A subscription's life, driven inside the server by moving the clock: it renews at the end of its term
 * with an invoice, exactly once however many runs compete; a card that stops working is retried and the
 * subscription then expires; a canceled one never renews; more licenses are charged pro rata; a central
 * subscription renews by an invoice to the organization.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionLifecycleIT extends ClockMovingTest {

    private static final String ERIK = Api.basic("erik@contoso.se", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(SubscriptionLifecycleIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class);
    }

    @Inject
    private UserTransaction transaction;

    @Test
    void itRenewsAtTheEndOfItsTermWithAnInvoiceExactlyOnce() throws Exception {
        String id = buy("CFQ7TTC0H9MP", 2, "4242424242424242");
        Instant firstEnd = renewsAt(id);
        assertEquals(1, invoices(id));

        clock.setTo(firstEnd.minusSeconds(60));
        renewals.renewDue();
        assertEquals(1, invoices(id), "not due a minute before");

        clock.setTo(firstEnd.plusSeconds(1));
        ExecutorService runs = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> racing = List.of(runs.submit(renewals::renewDue), runs.submit(renewals::renewDue),
                    runs.submit(renewals::renewDue));
            for (Future<Integer> run : racing) {
                run.get();
            }
        } finally {
            runs.shutdown();
        }
        assertEquals(2, invoices(id), "three competing runs renew it once");
        assertEquals(firstEnd.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant(), renewsAt(id));
        assertEquals("ACTIVE", status(id));

        renewals.renewDue();
        assertEquals(2, invoices(id), "a second run finds nothing due");
    }

    @Test
    void aCardThatStopsWorkingIsRetriedThenTheSubscriptionExpires() throws Exception {
        String id = buy("CFQ7TTC0LH2H", 1, "5555555555554444");
        cardStopsWorking(id);
        Instant due = renewsAt(id);

        clock.setTo(due.plusSeconds(1));
        renewals.renewDue();
        assertEquals("ACTIVE", status(id));
        assertEquals(1, attempts(id));

        clock.setTo(due.plus(Duration.ofHours(12)));
        renewals.renewDue();
        assertEquals(1, attempts(id), "the retry waits a day");

        clock.setTo(due.plus(Duration.ofDays(1)).plusSeconds(2));
        renewals.renewDue();
        assertEquals(2, attempts(id));

        clock.setTo(due.plus(Duration.ofDays(4)).plusSeconds(3));
        renewals.renewDue();
        assertEquals("EXPIRED", status(id));
        assertEquals(1, invoices(id), "no invoice for a term never paid");
        JsonObject seen = Api.json(api.get("api/v1/subscriptions/" + id, ERIK));
        assertEquals("EXPIRED", seen.getString("status"));
        assertTrue(seen.containsKey("endedAt"));
    }

    @Test
    void aCanceledSubscriptionNeverRenews() throws Exception {
        String id = buy("CFQ7TTC0LH3L", 1, "4242424242424242");
        HttpResponse<String> canceled = api.send(api.request("api/v1/subscriptions/" + id + "/cancel")
                .header("Authorization", ERIK).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"TOO_EXPENSIVE\",\"feedback\":\"Över budget\"}")));
        assertEquals(200, canceled.statusCode(), canceled.body());
        assertEquals("CANCELED", Api.json(canceled).getString("status"));

        clock.setTo(renewsAt(id).plus(Duration.ofDays(40)));
        renewals.renewDue();

        assertEquals(1, invoices(id));
        assertEquals(409, api.send(api.request("api/v1/subscriptions/" + id + "/cancel").header("Authorization", ERIK)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"OTHER\"}"))).statusCode());
    }

    @Test
    void moreLicensesHalfwayAreChargedForHalfTheTermAndFewerCostNothing() throws Exception {
        String id = buy("CFQ7TTC0HD32", 2, "4242424242424242");
        Instant start = Instant.parse(Api.json(api.get("api/v1/subscriptions/" + id, ERIK)).getString("startedAt"));
        Instant end = renewsAt(id);
        clock.setTo(start.plus(Duration.between(start, end).dividedBy(2)));

        HttpResponse<String> more = changeQuantity(id, 6, "it-" + UUID.randomUUID());
        assertEquals(200, more.statusCode(), more.body());
        assertEquals(6, Api.json(more).getInt("quantity"));
        assertEquals(2, invoices(id));
        java.math.BigDecimal charged = (java.math.BigDecimal) commerce.createNativeQuery(
                "select AMOUNT from COM_INVOICE where SUBSCRIPTION_ID = ? and QUANTITY = 4").setParameter(1, id).getSingleResult();
        java.math.BigDecimal fullTermForFour = new java.math.BigDecimal(Api.json(more).getJsonObject("perLicensePerMonth")
                .getJsonNumber("amount").toString()).multiply(java.math.BigDecimal.valueOf(4));
        assertTrue(charged.subtract(fullTermForFour.divide(java.math.BigDecimal.valueOf(2))).abs()
                .compareTo(new java.math.BigDecimal("0.05")) <= 0, charged + " vs half of " + fullTermForFour);

        HttpResponse<String> fewer = changeQuantity(id, 3, "it-" + UUID.randomUUID());
        assertEquals(3, Api.json(fewer).getInt("quantity"));
        assertEquals(2, invoices(id), "fewer licenses are no charge");
        assertEquals(400, changeQuantity(id, 0, "it-" + UUID.randomUUID()).statusCode());
    }

    @Test
    void aCentralSubscriptionRenewsByAnInvoiceToTheOrganization() {
        String central = (String) commerce.createNativeQuery("""
                        select ID from COM_SUBSCRIPTION where CHANNEL = 'CENTRAL' and PRODUCT_ID = 'CFQ7TTC0H9MP'""")
                .getResultList().getFirst();
        long before = invoices(central);
        Instant due = ((java.time.OffsetDateTime) commerce.createNativeQuery(
                "select RENEWS_AT from COM_SUBSCRIPTION where ID = ?").setParameter(1, central).getSingleResult()).toInstant();

        clock.setTo(due.plusSeconds(1));
        renewals.renewDue();

        assertEquals(before + 1, invoices(central));
        assertEquals("ACTIVE", status(central));
        assertEquals(0L, ((Number) commerce.createNativeQuery("""
                        select count(*) from COM_INVOICE where SUBSCRIPTION_ID = ? and CHARGE_REFERENCE is not null""")
                .setParameter(1, central).getSingleResult()).longValue(), "no card is charged");
    }

    private String buy(String productId, int quantity, String card) {
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", ERIK)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + productId + "\",\"quantity\":" + quantity
                        + ",\"term\":\"MONTHLY\",\"card\":{\"number\":\"" + card + "\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Erik Johansson\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("subscriptionId");
    }

    private HttpResponse<String> changeQuantity(String id, int quantity, String key) {
        return api.send(api.request("api/v1/subscriptions/" + id).header("Authorization", ERIK).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"quantity\":" + quantity + "}")));
    }

    /** The card behind the subscription is refused from now on, as a card whose account was emptied would be. */
    private void cardStopsWorking(String subscriptionId) throws Exception {
        transaction.begin();
        commerce.createNativeQuery("""
                        update COM_PAYMENT_METHOD set GATEWAY_TOKEN = 'tok_test_decline_INSUFFICIENT_FUNDS_it'
                        where ID = (select PAYMENT_METHOD_ID from COM_SUBSCRIPTION where ID = ?)""")
                .setParameter(1, subscriptionId).executeUpdate();
        transaction.commit();
    }

    private Instant renewsAt(String subscriptionId) {
        return Instant.parse(Api.json(api.get("api/v1/subscriptions/" + subscriptionId, ERIK)).getString("renewsAt"));
    }

    private int attempts(String subscriptionId) {
        return ((Number) commerce.createNativeQuery("select RENEWAL_ATTEMPTS from COM_SUBSCRIPTION where ID = ?")
                .setParameter(1, subscriptionId).getSingleResult()).intValue();
    }
}
