package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replacing a subscription's card, driven inside the server by moving the clock: the renewal after
 * the replacement charges the new card (the old one would decline), its invoice names the new card and
 * the first invoice keeps the old one; the changes are audited; and after adding, editing and replacing
 * cards no card number or security code is in the database or the server's log.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentMethodReplacementIT extends ClockMovingTest {

    private static final String KARIN = Api.basic("karin@contoso.se", DemoAccounts.PASSWORD);
    private static final String OLD_CARD = "4000003800000008";
    private static final String NEW_CARD = "4000002500001001";
    private static final String EDIT_CODE = "8642";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PaymentMethodReplacementIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class);
    }

    @Inject
    private UserTransaction transaction;

    @Test
    void theRenewalAfterAReplacementChargesTheNewCard() throws Exception {
        String subscription = buy(OLD_CARD);
        String oldCard = cardOf(subscription);
        cardStopsWorking(oldCard);

        HttpResponse<String> replaced = api.send(api.request("api/v1/subscriptions/" + subscription + "/payment-method")
                .header("Authorization", KARIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"card\":" + card(NEW_CARD, "7531") + "}")));
        assertEquals(200, replaced.statusCode(), replaced.body());
        String newCard = Api.json(replaced).getString("id");
        assertEquals(newCard, cardOf(subscription));

        Instant due = Instant.parse(Api.json(api.get("api/v1/subscriptions/" + subscription, KARIN)).getString("renewsAt"));
        clock.setTo(due.plusSeconds(1));
        renewals.renewDue();

        assertEquals("ACTIVE", status(subscription));
        assertEquals(2, invoices(subscription), "renewed with the new card, which approves");
        assertEquals(0, ((Number) commerce.createNativeQuery("select RENEWAL_ATTEMPTS from COM_SUBSCRIPTION where ID = ?")
                .setParameter(1, subscription).getSingleResult()).intValue(), "no declined attempt on the old card");
        List<?> cards = commerce.createNativeQuery("select PAYMENT_METHOD_ID from COM_INVOICE where SUBSCRIPTION_ID = ? "
                + "order by ISSUED_AT").setParameter(1, subscription).getResultList();
        assertEquals(List.of(oldCard, newCard), cards, "each invoice names the card it was charged to");
        assertEquals(1L, ((Number) commerce.createNativeQuery("""
                        select count(*) from AUD_ENTRY where ACTION = 'PAYMENT_METHOD_REPLACED' and TARGET = ?""")
                .setParameter(1, subscription).getSingleResult()).longValue());
    }

    @Test
    void noCardNumberOrSecurityCodeIsKeptOrLogged() throws Exception {
        String subscription = buy("4000002760003184");
        JsonObject added = Api.json(api.postJson("api/v1/payment-methods", KARIN, card("3566002020360505", "2468")));
        HttpResponse<String> edited = api.send(api.request("api/v1/payment-methods/" + added.getString("id"))
                .header("Authorization", KARIN).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"expiryMonth\":1,\"expiryYear\":" + (Year.now().getValue() + 4)
                        + ",\"securityCode\":\"" + EDIT_CODE + "\",\"nameOnCard\":\"Karin Berg\"}")));
        assertEquals(200, edited.statusCode(), edited.body());
        api.send(api.request("api/v1/subscriptions/" + subscription + "/payment-method").header("Authorization", KARIN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"paymentMethodId\":\"" + added.getString("id") + "\"}")));

        String database = String.join("\n", commerce.createNativeQuery("SCRIPT NODATA").getResultList().stream()
                .map(String::valueOf).toList()) + "\n" + String.join("\n", commerce.createNativeQuery("SCRIPT").getResultList()
                .stream().map(String::valueOf).toList());
        // The server runs in its output directory, where its logs are.
        Path output = Path.of(java.util.Objects.requireNonNullElse(System.getProperty("server.output.dir"), "."));
        String log = Files.readString(output.resolve("logs").resolve("messages.log"));
        for (String secret : List.of("4000002760003184", "3566002020360505", "3566 0020 2036 0505", NEW_CARD, OLD_CARD)) {
            assertFalse(database.contains(secret), "a card number in the database");
            assertFalse(log.contains(secret), "a card number in the log");
        }
        for (String code : List.of(EDIT_CODE, "2468", "7531")) {
            assertFalse(database.contains("'" + code + "'"), "a security code in the database");
            assertFalse(log.contains("securityCode=" + code) || log.contains("\"securityCode\":\"" + code + "\""),
                    "a security code in the log");
        }
        assertTrue(database.contains("COM_PAYMENT_METHOD"), "the script covers commerce's tables");
        List<?> audited = commerce.createNativeQuery("select ACTION from AUD_ENTRY where TARGET = ? order by OCCURRED_AT")
                .setParameter(1, added.getString("id")).getResultList();
        assertEquals(List.of("PAYMENT_METHOD_ADDED", "PAYMENT_METHOD_CHANGED"), audited, "each change of the card is audited");
    }

    private String buy(String number) {
        // Other classes change Contoso AB's policies; this product must be allowed here.
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/CFQ7TTC0LH2H")
                .header("Authorization", Api.basic("admin@contoso.se", DemoAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", KARIN)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"CFQ7TTC0LH2H\",\"quantity\":1,\"card\":"
                        + card(number, "9753") + "}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("subscriptionId");
    }

    private static String card(String number, String securityCode) {
        return "{\"number\":\"" + number + "\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 3)
                + ",\"securityCode\":\"" + securityCode + "\",\"nameOnCard\":\"Karin Berg\"}";
    }

    private String cardOf(String subscriptionId) {
        return (String) commerce.createNativeQuery("select PAYMENT_METHOD_ID from COM_SUBSCRIPTION where ID = ?")
                .setParameter(1, subscriptionId).getSingleResult();
    }

    /** The old card is refused from now on: had the renewal charged it, the renewal would be declined. */
    private void cardStopsWorking(String paymentMethodId) throws Exception {
        transaction.begin();
        commerce.createNativeQuery("update COM_PAYMENT_METHOD set GATEWAY_TOKEN = 'tok_test_decline_STOLEN_CARD_it' where ID = ?")
                .setParameter(1, paymentMethodId).executeUpdate();
        transaction.commit();
    }
}
