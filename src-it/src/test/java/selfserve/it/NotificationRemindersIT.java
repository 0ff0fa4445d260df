package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The renewal schedule's reminders, in the server: a trial that ends within 3 days and an annual term that
 * renews within 7 are announced on every run, and their purchaser gets one notice per term however many
 * runs pass; a monthly term gets no reminder. The end is brought near by moving the subscription's date,
 * not the clock, so no other test's subscription renews meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationRemindersIT extends ClockMovingTest {

    private static final String CHEN = Api.basic("chen.mei@contoso.tw", DemoAccounts.PASSWORD);
    private static final String TW_ADMIN = Api.basic("admin@contoso.tw", DemoAccounts.PASSWORD);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(NotificationRemindersIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class);
    }

    @Inject
    private UserTransaction transaction;

    @Test
    void aTrialEndingSoonIsAnnouncedOnceInTheRecipientsLanguage() throws Exception {
        allow("CFQ7TTC0J1FV");
        HttpResponse<String> started = api.send(api.request("api/v1/trials").header("Authorization", CHEN)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"CFQ7TTC0J1FV\"}")));
        assertEquals(201, started.statusCode(), started.body());
        String trial = Api.json(started).getString("id");

        endsIn(trial, Duration.ofDays(2));
        renewals.renewDue();
        renewals.renewDue();

        List<Object[]> notices = notices(trial, "TRIAL_ENDING_SOON");
        assertEquals(1, notices.size(), "once, however many runs");
        assertEquals("TRADITIONAL_CHINESE", notices.getFirst()[1]);
        assertTrue(notices.getFirst()[0].toString().startsWith("您的 Teams Exploratory 試用將於 "), notices.getFirst()[0].toString());
    }

    @Test
    void anAnnualTermIsRemindedOfOnceAWeekBeforeWithItsPriceAndAMonthlyOneIsNot() throws Exception {
        allow("CFQ7TTC0HD32");
        String annual = buy("ANNUAL");
        String monthly = buy("MONTHLY");

        endsIn(annual, Duration.ofDays(6));
        endsIn(monthly, Duration.ofDays(6));
        renewals.renewDue();
        renewals.renewDue();

        List<Object[]> reminders = notices(annual, "RENEWAL_REMINDER");
        assertEquals(1, reminders.size());
        assertTrue(reminders.getFirst()[2].toString().contains("amount=m\\:"), "with the price: " + reminders.getFirst()[2]);
        assertEquals(0, notices(monthly, "RENEWAL_REMINDER").size(), "no reminder for a monthly term");
    }

    private void allow(String product) {
        assertEquals(200, api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + product)
                .header("Authorization", TW_ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))).statusCode());
    }

    private String buy(String term) {
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", CHEN)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"CFQ7TTC0HD32\",\"quantity\":1,\"term\":\"" + term
                        + "\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Chen Mei\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("subscriptionId");
    }

    /** The subscription's trial or term now ends after {@code in}, as if that time had passed. */
    private void endsIn(String subscription, Duration in) throws Exception {
        transaction.begin();
        commerce.createNativeQuery("update COM_SUBSCRIPTION set RENEWS_AT = ? where ID = ?")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant().plus(in), ZoneOffset.UTC))
                .setParameter(2, subscription).executeUpdate();
        transaction.commit();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> notices(String subscription, String kind) {
        return commerce.createNativeQuery("select MAIL_SUBJECT, LOCALE, FACTS from NTF_NOTICE where SUBJECT_REF = ? and KIND = ?")
                .setParameter(1, subscription).setParameter(2, kind).getResultList();
    }
}
