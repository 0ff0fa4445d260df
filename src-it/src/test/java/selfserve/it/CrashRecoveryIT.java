package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static selfserve.it.Api.basic;
import static selfserve.it.Api.bearer;
import static selfserve.it.Api.json;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 5: {@code kill -9} of a server in the middle of a purchase load. A second SelfServe server
 * ({@code crash-probe}, its own H2 file, its mail to a GreenMail here) runs as an operating-system process;
 * several clients buy at once; the JVM is killed; the server starts again on the same data. Then every
 * purchase answered 201 is there (subscription, invoice, seats), a request that got no answer and is sent
 * again with its key is either answered with what was bought before the crash or buys now (never twice),
 * nothing is half-written (every subscription has its invoice, seat pool, order history, audit entry and
 * notice; no orphan row), and every notice is mailed, each under one Message-ID: exactly once, except a
 * mail the killed server had handed to SMTP but not yet recorded as sent, which arrives a second time.
 */
class CrashRecoveryIT {

    private static final int HTTP_PORT = Integer.getInteger("it.crash.http.port", 9391);
    private static final int HTTPS_PORT = Integer.getInteger("it.crash.https.port", 9754);
    private static final int SMTP_PORT = Integer.getInteger("it.crash.smtp.port", 3946);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final int CLIENTS = 6;
    private static final int ANSWERED_BEFORE_KILL = 24;

    /** What one purchase request got: its key, body and answer (null: no answer, the server was gone). */
    private record Attempt(String key, String body, HttpResponse<String> answer) {
    }

    @Test
    void everyAnsweredPurchaseSurvivesAKillAndEveryNoticeIsMailedOnce() throws Exception {
        Path data = Path.of("target/crash-probe-data").toAbsolutePath();
        deleteTree(data);
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("selfserve.http.port", String.valueOf(HTTP_PORT));
        variables.put("selfserve.https.port", String.valueOf(HTTPS_PORT));
        variables.put("selfserve.demo", "true");
        variables.put("selfserve.data.dir", data.toString());
        variables.put("selfserve.mail.host", "127.0.0.1");
        variables.put("selfserve.mail.port", String.valueOf(SMTP_PORT));
        variables.put("selfserve.mail.tls", "none");
        // Mail a killed server had claimed is sent again once the claim runs out: seconds here, not minutes.
        variables.put("selfserve.notifications.claim-seconds", "20");
        variables.put("selfserve.notifications.interval-seconds", "5");
        Path wlp = Path.of(System.getProperty("arquillian.liberty.wlpHome", "target/liberty/wlp"));
        Path war = Path.of(System.getProperty("selfserve.war", "target/deploy/selfserve.war"));

        try (ServerProcess server = ServerProcess.create(wlp, "crash-probe", war, variables)) {
            server.start();
            System.out.println("crash: crash-probe ready in " + server.awaitReady(Duration.ofMinutes(5)).toSeconds() + " s, pid " + server.pid());
            Api api = new Api(URI.create("http://localhost:" + HTTP_PORT + "/").toURL());
            String sam = samsToken(api);

            List<Attempt> attempts = buyUntilKilled(api, sam, server);
            Instant killedAt = Instant.now();
            List<Attempt> answered = attempts.stream().filter(a -> a.answer() != null && a.answer().statusCode() == 201).toList();
            List<Attempt> unanswered = attempts.stream().filter(a -> a.answer() == null).toList();
            assertTrue(attempts.stream().allMatch(a -> a.answer() == null || a.answer().statusCode() == 201),
                    () -> attempts.stream().filter(a -> a.answer() != null && a.answer().statusCode() != 201)
                            .map(a -> a.answer().statusCode() + " " + a.answer().body()).toList().toString());

            server.start();
            System.out.println("crash: restarted in " + server.awaitReady(Duration.ofMinutes(5)).toSeconds() + " s");
            List<String> gone = answered.stream().map(purchase -> json(purchase.answer()).getString("subscriptionId"))
                    .filter(subscription -> api.get("api/v1/subscriptions/" + subscription, sam).statusCode() != 200).toList();
            System.out.println("crash: " + answered.size() + " purchases answered 201 before the kill, "
                    + (answered.size() - gone.size()) + " found after the restart");
            assertEquals(List.of(), gone, "purchases answered 201 but gone after the restart");
            for (Attempt purchase : answered) {
                assertPurchaseIsThere(api, sam, json(purchase.answer()));
            }
            int boughtBeforeTheKill = 0;
            Map<String, String> subscriptionByKey = new HashMap<>();
            for (Attempt purchase : answered) {
                HttpResponse<String> again = purchase(api, sam, purchase.key(), purchase.body());
                assertEquals(201, again.statusCode(), again.body());
                assertEquals(purchase.answer().body(), again.body(), "the key answers the receipt given before the crash");
                subscriptionByKey.put(purchase.key(), json(again).getString("subscriptionId"));
            }
            Set<String> existing = new HashSet<>(mySubscriptions(api, sam));
            for (Attempt lost : unanswered) {
                HttpResponse<String> again = purchase(api, sam, lost.key(), lost.body());
                assertEquals(201, again.statusCode(), again.body());
                String subscription = json(again).getString("subscriptionId");
                if (existing.contains(subscription)) {
                    boughtBeforeTheKill++; // committed, but the answer never reached the client
                }
                assertPurchaseIsThere(api, sam, json(again));
                subscriptionByKey.put(lost.key(), subscription);
            }
            assertEquals(attempts.size(), new HashSet<>(subscriptionByKey.values()).size(), "one subscription per key, never two");

            Map<String, Integer> mails = awaitMailFor(smtp, new HashSet<>(subscriptionByKey.values()));
            server.stop();

            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("selfserve"), "selfserve", "selfserve")) {
                assertEquals(List.of(), halfWritten(db));
                assertEquals((long) attempts.size(), count(db, "select count(*) from COM_IDEMPOTENT_REQUEST where IDEMPOTENCY_KEY like 'crash-%'"));
                Map<String, String> notices = rows(db, "select ID, MAIL_STATE from NTF_NOTICE");
                Map<String, Long> states = notices.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
                assertEquals(Map.of("SENT", (long) notices.size()), states, "every notice mailed");
                assertEquals(notices.keySet(), mails.keySet(), "a mail for every notice and a notice for every mail");
                // SMTP cannot make "sent" and "recorded as sent" one step: a mail the server handed over just before
                // it died, but did not record, is sent again after its claim ran out, under the same Message-ID
                // (so a mail client shows it once). Only such mails may arrive twice, and never more.
                List<String> twice = mails.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList();
                assertTrue(mails.values().stream().allMatch(n -> n <= 2), mails.toString());
                Map<String, String> resent = new HashMap<>();
                try (var query = db.prepareStatement("select ID, SENT_AT from NTF_NOTICE where CREATED_AT < ? and SENT_AT > ?")) {
                    query.setObject(1, killedAt.atOffset(java.time.ZoneOffset.UTC));
                    query.setObject(2, killedAt.atOffset(java.time.ZoneOffset.UTC));
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            resent.put(row.getString(1), row.getString(2));
                        }
                    }
                }
                assertTrue(resent.keySet().containsAll(twice), () -> "mailed twice though not in flight at the kill: " + twice
                        + " (in flight: " + resent + ")");
                System.out.println("crash: " + attempts.size() + " purchases sent by " + CLIENTS + " clients, " + answered.size()
                        + " answered 201 before the kill, " + answered.size() + " found after the restart; " + unanswered.size()
                        + " unanswered, sent again with their keys: " + boughtBeforeTheKill + " had been bought before the kill, "
                        + (unanswered.size() - boughtBeforeTheKill) + " bought after; " + notices.size() + " notices, "
                        + mails.values().stream().mapToInt(Integer::intValue).sum() + " mails, " + mails.size()
                        + " distinct Message-IDs; " + resent.size() + " mails were in flight at the kill and sent after the restart, "
                        + twice.size() + " of them had reached SMTP before it and arrived twice (same Message-ID); half-written rows: 0");
            }
        } finally {
            smtp.stop();
        }
    }

    /** Several clients buy until the server is killed, which happens after ANSWERED_BEFORE_KILL receipts. */
    private static List<Attempt> buyUntilKilled(Api api, String sam, ServerProcess server) throws Exception {
        List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger receipts = new AtomicInteger();
        Set<Integer> stopped = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int me = client;
            clients.submit(() -> {
                for (int n = 0; !stopped.contains(me); n++) {
                    String key = "crash-" + me + "-" + n;
                    String body = body(1 + n % 3);
                    try {
                        HttpResponse<String> answer = purchase(api, sam, key, body);
                        attempts.add(new Attempt(key, body, answer));
                        if (answer.statusCode() == 201) {
                            receipts.incrementAndGet();
                        }
                    } catch (RuntimeException gone) { // the server died under this request, or before it
                        attempts.add(new Attempt(key, body, null));
                        stopped.add(me);
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (receipts.get() < ANSWERED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long pid = server.pid();
        server.kill();
        System.out.println("crash: kill -9 " + pid + " after " + receipts.get() + " receipts");
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients noticed the server was gone");
        assertTrue(receipts.get() >= ANSWERED_BEFORE_KILL, "the load ran: " + receipts.get());
        return List.copyOf(attempts);
    }

    private static void assertPurchaseIsThere(Api api, String sam, JsonObject receipt) {
        String subscription = receipt.getString("subscriptionId");
        HttpResponse<String> found = api.get("api/v1/subscriptions/" + subscription, sam);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("ACTIVE", json(found).getString("status"));
        assertEquals(receipt.getInt("quantity"), json(found).getInt("quantity"));
        HttpResponse<String> invoice = api.get("api/v1/invoices/" + receipt.getString("invoiceId"), sam);
        assertEquals(200, invoice.statusCode(), invoice.body());
        assertEquals(receipt.getString("invoiceNumber"), json(invoice).getString("number"));
        HttpResponse<String> seats = api.get("api/v1/subscriptions/" + subscription + "/licenses", sam);
        assertEquals(200, seats.statusCode(), seats.body());
        assertEquals(receipt.getInt("quantity"), json(seats).getInt("seats"));
    }

    /** Every subscription with all its parts, and no part without its subscription. */
    private static List<String> halfWritten(Connection db) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        // The load's subscriptions (each has its key, written in its transaction) with every part of a purchase.
        String load = "select SUBSCRIPTION_ID from COM_IDEMPOTENT_REQUEST where IDEMPOTENCY_KEY like 'crash-%'";
        checks.put("subscription without invoice", "select ID from COM_SUBSCRIPTION s where s.ID in (" + load + ")"
                + " and not exists (select 1 from COM_INVOICE i where i.SUBSCRIPTION_ID = s.ID)");
        checks.put("subscription without seat pool", "select ID from COM_SUBSCRIPTION s where s.ID in (" + load + ")"
                + " and not exists (select 1 from LIC_SEAT_POOL p where p.SUBSCRIPTION_ID = s.ID)");
        checks.put("subscription without order history", "select ID from COM_SUBSCRIPTION s where s.ID in (" + load + ")"
                + " and not exists (select 1 from COM_ORDER_HISTORY h where h.SUBSCRIPTION_ID = s.ID and h.KIND = 'PURCHASED')");
        checks.put("purchase without audit entry", "select r.SUBSCRIPTION_ID from COM_IDEMPOTENT_REQUEST r"
                + " where r.IDEMPOTENCY_KEY like 'crash-%' and not exists (select 1 from AUD_ENTRY a"
                + " where a.ACTION = 'PURCHASE' and a.TARGET = r.SUBSCRIPTION_ID)");
        checks.put("purchase without receipt notice", "select r.SUBSCRIPTION_ID from COM_IDEMPOTENT_REQUEST r"
                + " where r.IDEMPOTENCY_KEY like 'crash-%' and not exists (select 1 from NTF_NOTICE n"
                + " where n.KIND = 'PURCHASE_RECEIPT' and n.SUBJECT_REF = r.SUBSCRIPTION_ID)");
        checks.put("key without purchase", "select ID from COM_IDEMPOTENT_REQUEST r where r.SUBSCRIPTION_ID is null"
                + " or not exists (select 1 from COM_SUBSCRIPTION s where s.ID = r.SUBSCRIPTION_ID)"
                + " or (r.INVOICE_ID is not null and not exists (select 1 from COM_INVOICE i where i.ID = r.INVOICE_ID))");
        checks.put("seat pool without subscription", "select SUBSCRIPTION_ID from LIC_SEAT_POOL p"
                + " where not exists (select 1 from COM_SUBSCRIPTION s where s.ID = p.SUBSCRIPTION_ID)");
        checks.put("seats out of step", "select s.ID from COM_SUBSCRIPTION s join LIC_SEAT_POOL p on p.SUBSCRIPTION_ID = s.ID"
                + " where p.RUNNING and (p.SEATS <> s.QUANTITY or p.ASSIGNED > p.SEATS)");
        checks.put("receipt notice without subscription", "select ID from NTF_NOTICE n where n.KIND = 'PURCHASE_RECEIPT'"
                + " and not exists (select 1 from COM_SUBSCRIPTION s where s.ID = n.SUBJECT_REF)");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> check : checks.entrySet()) {
            try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(check.getValue())) {
                while (rows.next()) {
                    found.add(check.getKey() + ": " + rows.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Waits until every load subscription's receipt arrived and no more mail came for 15 seconds (a mail the
     * killed server had claimed comes after its claim ran out), and answers each Message-ID's count.
     */
    private static Map<String, Integer> awaitMailFor(GreenMail smtp, Set<String> subscriptions) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        int lastCount = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessages();
            if (received.length != lastCount) {
                lastCount = received.length;
                quietSince = System.nanoTime();
            }
            Set<String> about = new HashSet<>();
            for (MimeMessage message : received) {
                String subject = message.getHeader("X-SelfServe-About", null);
                if (subject != null) {
                    about.add(subject);
                }
            }
            if (about.containsAll(subscriptions) && System.nanoTime() - quietSince > Duration.ofSeconds(15).toNanos()) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Integer> byNotice = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            byNotice.merge(noticeId(message), 1, Integer::sum);
        }
        return byNotice;
    }

    /** SelfServe's Message-ID is the notice's id: {@code <id@selfserve>}. */
    private static String noticeId(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        return id.substring(1, id.indexOf('@'));
    }

    private static String samsToken(Api api) {
        String basicSam = basic("sam@northwind.com", DemoAccounts.PASSWORD);
        HttpResponse<String> allowed = api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + POWER_BI_PRO)
                .header("Authorization", basic("admin@northwind.com", DemoAccounts.PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}")));
        assertEquals(200, allowed.statusCode(), allowed.body());
        // A bearer token: the load measures purchases, not 600,000 PBKDF2 rounds per request.
        HttpResponse<String> token = api.postJson("api/v1/tokens", basicSam, "{\"label\":\"crash load\",\"validityDays\":1}");
        assertEquals(201, token.statusCode(), token.body());
        return bearer(json(token).getString("token"));
    }

    private static HttpResponse<String> purchase(Api api, String caller, String key, String body) {
        return api.send(api.request("api/v1/purchases").header("Authorization", caller).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String body(int quantity) {
        return "{\"productId\":\"" + POWER_BI_PRO + "\",\"quantity\":" + quantity + ",\"term\":\"MONTHLY\",\"card\":{"
                + "\"number\":\"4242424242424242\",\"expiryMonth\":12,\"expiryYear\":" + (Year.now().getValue() + 1)
                + ",\"securityCode\":\"123\",\"nameOnCard\":\"Sam Carter\",\"address\":{\"line1\":\"1 Main St\","
                + "\"city\":\"Seattle\",\"postalCode\":\"98101\",\"country\":\"US\"}}}";
    }

    private static List<String> mySubscriptions(Api api, String caller) {
        return Api.array(api.get("api/v1/subscriptions", caller)).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Map<String, String> rows(Connection db, String sql) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            while (row.next()) {
                rows.put(row.getString(1), row.getString(2));
            }
        }
        return rows;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
