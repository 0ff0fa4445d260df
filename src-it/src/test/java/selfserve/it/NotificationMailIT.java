package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.json;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail reaches people's mailboxes: a GreenMail SMTP server on a loopback port (the test server's
 * selfserve.mail.* variables point at it) receives what the server under test sends, and the tests read
 * it here. Mail is told apart by its X-SelfServe-About header (the subscription it is about), so mail of
 * other tests that arrives meanwhile is ignored. The deployment carries {@link NotificationHooks} to move
 * the clock, run the dispatcher, and announce take-overs that no operation fires yet.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {

    private static final String PASSWORD = DemoAccounts.PASSWORD;
    private static final String ANNA = basic("anna@contoso.se", PASSWORD);
    private static final String LI_WEI = basic("li.wei@contoso.cn", PASSWORD);
    private static final String SAM = basic("sam@northwind.com", PASSWORD);
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    private static final String POWER_APPS = "CFQ7TTC0LH2H";
    private static final String POWER_AUTOMATE = "CFQ7TTC0LH3L";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(NotificationHooks.class, MovableClock.class);
    }

    @ArquillianResource
    private URL base;

    private Api api;
    private GreenMail smtp;

    @BeforeEach
    void connect() {
        api = new Api(base);
        hook("clock", "");
    }

    @AfterEach
    void stopSmtpAndResetClock() {
        if (smtp != null) {
            smtp.stop();
        }
        hook("clock", "");
    }

    @Test
    void annasPurchaseReachesHerMailboxOnceInSwedishWithProductAndAmount() throws Exception {
        smtpUp();
        allow("admin@contoso.se", POWER_APPS);
        JsonObject receipt = buy(ANNA, POWER_APPS, 3);
        String subscription = receipt.getString("subscriptionId");

        MimeMessage mail = theOneMailAbout(subscription);
        assertEquals("anna@contoso.se", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("Ditt kvitto: " + receipt.getString("productName"), mail.getSubject());
        assertEquals("sv-SE", mail.getHeader("Content-Language", null));
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        String amount = money(receipt.getJsonObject("charged"), Locale.forLanguageTag("sv-SE"));
        assertTrue(text.contains("Tack för ditt köp av " + receipt.getString("productName") + ". Licenser: 3."), text);
        assertTrue(text.contains(amount), amount + " in " + text);
        assertTrue(html.contains("<html lang=\"sv-SE\">") && html.contains(amount), html);

        hook("dispatch", "");
        assertEquals(1, mailsAbout(subscription).size(), "delivered once, not again on the next run");
    }

    @Test
    void liWeisPurchaseReachesHerMailboxInSimplifiedChineseInYuan() throws Exception {
        smtpUp();
        allow("admin@contoso.cn", POWER_APPS);
        JsonObject receipt = buy(LI_WEI, POWER_APPS, 2);

        MimeMessage mail = theOneMailAbout(receipt.getString("subscriptionId"));
        assertEquals("li.wei@contoso.cn", ((InternetAddress) mail.getAllRecipients()[0]).getAddress());
        assertEquals("你的收据：" + receipt.getString("productName"), mail.getSubject());
        String text = part(mail, "text/plain");
        String amount = money(receipt.getJsonObject("charged"), Locale.forLanguageTag("zh-CN"));
        assertTrue(amount.contains("¥"), amount);
        assertTrue(text.contains("感谢你购买 " + receipt.getString("productName") + "。许可证数量：2。"), text);
        assertTrue(text.contains(amount), amount + " in " + text);
    }

    @Test
    void takeOverMailsReachThePurchaserInTheirLanguage() throws Exception {
        smtpUp();
        allow("admin@contoso.se", POWER_AUTOMATE);
        allow("admin@contoso.cn", POWER_AUTOMATE);
        JsonObject annas = buy(ANNA, POWER_AUTOMATE, 4);
        JsonObject liWeis = buy(LI_WEI, POWER_AUTOMATE, 5);
        JsonObject contosoAdmin = json(api.get("api/v1/me", basic("admin@contoso.se", PASSWORD)));
        JsonObject chinaAdmin = json(api.get("api/v1/me", basic("admin@contoso.cn", PASSWORD)));
        theOneMailAbout(annas.getString("subscriptionId"));
        theOneMailAbout(liWeis.getString("subscriptionId"));

        announce("CANCELED_BY_ADMIN", annas.getString("subscriptionId"), contosoAdmin.getString("id"), false);
        announce("MOVED_BY_ADMIN", liWeis.getString("subscriptionId"), chinaAdmin.getString("id"), false);

        MimeMessage canceled = mailsAbout(annas.getString("subscriptionId"), 2).get(1);
        assertEquals("Din administratör har avbrutit din prenumeration på " + annas.getString("productName"),
                canceled.getSubject());
        String svText = part(canceled, "text/plain");
        assertTrue(svText.contains(contosoAdmin.getString("displayName") + ", administratör i din organisation, har tagit över din "
                + "självbetjäningsprenumeration på " + annas.getString("productName") + " (licenser: 4)"), svText);
        assertTrue(svText.contains("Borttagen"), svText);

        MimeMessage moved = mailsAbout(liWeis.getString("subscriptionId"), 2).get(1);
        assertEquals("li.wei@contoso.cn", ((InternetAddress) moved.getAllRecipients()[0]).getAddress());
        assertEquals("你的 " + liWeis.getString("productName") + " 订阅已被接管并取消", moved.getSubject());
        String zhText = part(moved, "text/plain");
        assertTrue(zhText.contains("你组织的管理员 " + chinaAdmin.getString("displayName") + " 已将你的 "
                + liWeis.getString("productName") + " 自助服务订阅的用户（移动的用户数：5）"), zhText);
    }

    @Test
    void smtpDownThenUpDeliversExactlyOnceAndAFailedMailIsRetriedByAnAdmin() throws Exception {
        allow("admin@northwind.com", POWER_APPS);
        String subscription = buy(SAM, POWER_APPS, 1).getString("subscriptionId");
        awaitState(subscription, "PENDING 1", "the attempt right after commit fails: no SMTP server");
        assertTrue(notices(subscription).getFirst().contains("Exception"), "the error is kept: " + notices(subscription));

        smtpUp();
        hook("clock", "advance=PT2M");
        hook("dispatch", "");
        theOneMailAbout(subscription);
        awaitState(subscription, "SENT 2", "sent on the second attempt");
        hook("clock", "advance=PT1H");
        hook("dispatch", "");
        assertEquals(1, mailsAbout(subscription).size(), "never sent again");

        // Down for good: every attempt of the schedule fails, then the mail is FAILED with its error.
        smtp.stop();
        smtp = null;
        String failing = buy(SAM, POWER_APPS, 2).getString("subscriptionId");
        awaitState(failing, "PENDING 1", "first attempt failed");
        for (int attempt = 2; attempt <= 6; attempt++) {
            hook("clock", "advance=PT7H");
            hook("dispatch", "");
        }
        awaitState(failing, "FAILED 6", "failed after six attempts");
        String id = notices(failing).getFirst().split(" ")[0];
        String admin = basic("admin@northwind.com", PASSWORD);
        JsonArray failed = Api.jsonArray(api.get("api/v1/tenant/notices?state=FAILED", admin));
        JsonObject shown = failed.stream().map(v -> v.asJsonObject()).filter(d -> d.getString("id").equals(id)).findFirst()
                .orElseThrow();
        assertEquals("FAILED", shown.getString("state"));
        assertTrue(shown.getString("lastError").contains("Exception"), shown.toString());
        assertEquals(404, api.send(api.request("api/v1/tenant/notices/" + id + "/retry").header("Authorization",
                basic("admin@contoso.se", PASSWORD)).POST(HttpRequest.BodyPublishers.noBody())).statusCode(),
                "another tenant's admin finds no such notice");

        smtpUp();
        String correlationId = "it-retry-" + UUID.randomUUID();
        HttpResponse<String> retried = api.send(api.request("api/v1/tenant/notices/" + id + "/retry")
                .header("Authorization", admin).header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(List.of("NOTICE_MAIL_RETRIED|admin@northwind.com"), AuditEntries.under(api, admin, correlationId),
                "the retry's one audit entry (see AuditCompletenessIT)");
        theOneMailAbout(failing);
        awaitState(failing, "SENT 1", "sent after the retry");
        assertEquals(409, api.send(api.request("api/v1/tenant/notices/" + id + "/retry").header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "a sent mail is not retried");
    }

    /**
     * A server commits a notice, claims its mail and dies before sending: the row stays pending under a
     * claim nobody will finish. No other sender touches it while the lease runs; once it has run out, the
     * next dispatch (any server's schedule, or a restarted one's) sends it, exactly once.
     */
    @Test
    void aMailLeftByAServerThatDiedBetweenCommitAndSendIsDeliveredOnceAfterItsLease() throws Exception {
        smtpUp();
        allow("admin@contoso.se", POWER_APPS);
        String subscription = buy(ANNA, POWER_APPS, 1).getString("subscriptionId");
        theOneMailAbout(subscription);
        String admin = json(api.get("api/v1/me", basic("admin@contoso.se", PASSWORD))).getString("id");

        String notice = announce("CANCELED_BY_ADMIN", subscription, admin, true);
        hook("dispatch", "");
        Thread.sleep(2000);
        assertEquals(1, mailsAbout(subscription).size(), "the dead server's claim holds while its lease runs");
        assertTrue(notices(subscription).getLast().startsWith(notice + " CANCELED_BY_ADMIN PENDING 0 dead-server"),
                notices(subscription).toString());

        hook("clock", "advance=PT6M");
        hook("dispatch", "");
        List<MimeMessage> mails = mailsAbout(subscription, 2);
        assertEquals(notice, mails.get(1).getHeader("X-SelfServe-Notice", null));
        assertEquals("<" + notice + "@selfserve>", mails.get(1).getMessageID());
        awaitState(subscription, "SENT 1", "delivered after the lease");
        hook("clock", "advance=PT1H");
        hook("dispatch", "");
        Thread.sleep(1000);
        assertEquals(2, mailsAbout(subscription).size(), "and never again");
    }

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void allow(String adminEmail, String product) {
        HttpResponse<String> set = api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + product)
                .header("Authorization", basic(adminEmail, PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}")));
        assertEquals(200, set.statusCode(), set.body());
    }

    private JsonObject buy(String who, String product, int quantity) {
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", who)
                .header("Idempotency-Key", "it-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + product + "\",\"quantity\":" + quantity
                        + ",\"term\":\"MONTHLY\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":"
                        + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\",\"nameOnCard\":\"Mail Test\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return json(bought);
    }

    /** The amount as the recipient's language writes it, with the currency's own decimals. */
    private static String money(JsonObject money, Locale locale) {
        Currency currency = Currency.getInstance(money.getString("currency"));
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(new BigDecimal(money.getJsonNumber("amount").toString()));
    }

    private String announce(String kind, String subscription, String actor, boolean dieAfterCommit) {
        String answer = hook("announce", "kind=" + kind + "&subscription=" + subscription + "&actor=" + actor
                + "&dieAfterCommit=" + dieAfterCommit);
        return answer.substring("notice=".length());
    }

    private String hook(String name, String query) {
        HttpResponse<String> answer = api.send(api.request("it-notifications/" + name + (query.isEmpty() ? "" : "?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode(), name + ": " + answer.body());
        return answer.body();
    }

    /** "id KIND STATE attempts claimant error" per notice about the subscription, oldest first. */
    private List<String> notices(String subscription) {
        HttpResponse<String> answer = api.send(api.request("it-notifications/notices?about=" + subscription).GET());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().lines().toList();
    }

    /** Waits until the newest notice about the subscription shows "STATE attempts". */
    private void awaitState(String subscription, String stateAndAttempts, String why) throws InterruptedException {
        await(() -> {
            List<String> rows = notices(subscription);
            return !rows.isEmpty() && rows.getLast().split(" ", 3)[2].startsWith(stateAndAttempts + " ");
        }, why + ": " + stateAndAttempts + ", but " + notices(subscription));
    }

    private MimeMessage theOneMailAbout(String subscription) throws Exception {
        List<MimeMessage> mails = mailsAbout(subscription, 1);
        Thread.sleep(500);
        assertEquals(1, mailsAbout(subscription).size(), "exactly one mail");
        return mails.getFirst();
    }

    /** Waits for {@code count} mails about the subscription and answers them in the order they arrived. */
    private List<MimeMessage> mailsAbout(String subscription, int count) throws InterruptedException {
        await(() -> mailsAbout(subscription).size() >= count, count + " mails about " + subscription);
        return mailsAbout(subscription);
    }

    private List<MimeMessage> mailsAbout(String subscription) {
        List<MimeMessage> found = new ArrayList<>();
        if (smtp == null) {
            return found;
        }
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (subscription.equals(message.getHeader("X-SelfServe-About", null))) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternatives = (Multipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No " + type + " part in " + Arrays.toString(message.getHeader("Content-Type")));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            Thread.sleep(200);
        }
    }
}
