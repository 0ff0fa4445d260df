package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trials, inside the server with a clock the test moves: without payment method a trial ends
 * for good, with a card it becomes paid; one trial per person and product; trials-only allows the trial,
 * never the purchase, not even after the trial.
 */
@ExtendWith(ArquillianExtension.class)
class TrialsIT extends ClockMovingTest {

    private static final String ERIK = Api.basic("erik@contoso.se", DemoAccounts.PASSWORD);
    private static final String ANNA = Api.basic("anna@contoso.se", DemoAccounts.PASSWORD);
    private static final String SAM = Api.basic("sam@northwind.com", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(TrialsIT.class, ClockMovingTest.class, MovableClock.class, Api.class, DemoAccounts.class,
                Texts.class);
    }

    @Test
    void aTrialWithoutPaymentMethodEndsForGoodAfterThirtyDays() {
        // anna: erik is on the demo data's Project Plan 1 trial already.
        HttpResponse<String> started = trial(ANNA, "{\"productId\":\"CFQ7TTC0HDB1\"}");

        assertEquals(201, started.statusCode(), started.body());
        JsonObject trial = Api.json(started);
        assertEquals("TRIAL", trial.getString("status"));
        assertEquals(25, trial.getInt("quantity"));
        Instant ends = Instant.parse(trial.getString("renewsAt"));
        assertTrue(Duration.between(clock.instant(), ends).minus(Duration.ofDays(30)).abs().toMinutes() < 5);
        assertEquals(409, trial(ANNA, "{\"productId\":\"CFQ7TTC0KXND\"}").statusCode(), "one trial per product, also by an older id");
        assertEquals(409, trial(ERIK, "{\"productId\":\"CFQ7TTC0HDB1\"}").statusCode(), "erik's demo trial counts too");

        clock.setTo(ends.plusSeconds(1));
        renewals.renewDue();

        assertEquals("EXPIRED", status(trial.getString("id")));
        assertEquals(0, invoices(trial.getString("id")), "nothing was ever charged");
    }

    @Test
    void aTrialWithoutPaymentMethodOnlyWhereTheProductOffersOne() {
        HttpResponse<String> refused = trial(ERIK, "{\"productId\":\"CFQ7TTC0H9MP\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("TRIAL_NOT_OFFERED", Api.json(refused).getString("code"));
    }

    @Test
    void aTrialWithACardBecomesAPaidSubscriptionAtItsEnd() {
        HttpResponse<String> started = trial(ERIK, "{\"productId\":\"CFQ7TTC0H6RP\",\"quantity\":2,\"term\":\"MONTHLY\","
                + "\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Erik Johansson\"}}");
        assertEquals(201, started.statusCode(), started.body());
        String id = Api.json(started).getString("id");
        Instant trialEnd = Instant.parse(Api.json(started).getString("renewsAt"));
        assertEquals(0, invoices(id), "a trial is free");

        clock.setTo(trialEnd.plusSeconds(1));
        renewals.renewDue();

        assertEquals("ACTIVE", status(id));
        assertEquals(1, invoices(id));
        JsonObject paid = Api.json(api.get("api/v1/subscriptions/" + id, ERIK));
        assertEquals(trialEnd.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant(), Instant.parse(paid.getString("renewsAt")));
    }

    @Test
    void trialsOnlyAllowsTheTrialButNeverThePurchaseNotEvenAfterwards() {
        policy(Api.basic("admin@northwind.com", DemoAccounts.PASSWORD), "CFQ7TTC0J1FV", "OnlyTrialsWithoutPaymentMethod");

        HttpResponse<String> started = trial(SAM, "{\"productId\":\"CFQ7TTC0J1FV\"}");
        assertEquals(201, started.statusCode(), started.body());
        assertNotEligible(buy(SAM, "CFQ7TTC0J1FV"), "eligibility.POLICY_TRIALS_ONLY");

        clock.setTo(Instant.parse(Api.json(started).getString("renewsAt")).plusSeconds(1));
        renewals.renewDue();
        assertEquals("EXPIRED", status(Api.json(started).getString("id")));
        assertNotEligible(buy(SAM, "CFQ7TTC0J1FV"), "eligibility.POLICY_TRIALS_ONLY");
    }

    @Test
    void aDisabledProductOffersNoTrial() {
        policy(Api.basic("admin@contoso.tw", DemoAccounts.PASSWORD), "CFQ7TTC0HD33", "Disabled");

        HttpResponse<String> refused = trial(Api.basic("chen.mei@contoso.tw", DemoAccounts.PASSWORD),
                "{\"productId\":\"CFQ7TTC0HD33\"}");

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("NOT_ELIGIBLE", Api.json(refused).getString("code"));
    }

    private HttpResponse<String> trial(String authorization, String body) {
        return api.send(api.request("api/v1/trials").header("Authorization", authorization)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> buy(String authorization, String productId) {
        return api.send(api.request("api/v1/purchases").header("Authorization", authorization)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + productId + "\",\"quantity\":1,\"card\":{"
                        + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 2)
                        + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\"}}")));
    }

    private void policy(String admin, String productId, String value) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + productId)
                .header("Authorization", admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"" + value + "\"}"))).statusCode());
    }

    private static void assertNotEligible(HttpResponse<String> response, String reasonKey) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("NOT_ELIGIBLE", Api.json(response).getString("code"));
        assertEquals(Texts.of("en", reasonKey), Api.json(response).getString("detail"));
    }

}
