package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The figures of "Spend and utilization" against sums computed here, independently, from the same invoices: a
 * year of purchases is made over REST in Contoso Taiwan by moving the clock inside the server (a monthly
 * subscription renewed every month, an annual one, a central one, and one from before the window), then the
 * report is compared, figure by figure, with totals computed in this test from the invoices the REST API lists
 * to their purchasers and from the tenant's invoice rows read one by one (no GROUP BY), bucketed here by
 * calendar month in UTC.
 */
@ExtendWith(ArquillianExtension.class)
class SpendReportIT extends ClockMovingTest {

    private static final String CHEN = Api.basic("chen.mei@contoso.tw", DemoAccounts.PASSWORD);
    private static final String TW_ADMIN = Api.basic("admin@contoso.tw", DemoAccounts.PASSWORD);
    private static final String POWER_BI_PRO = "CFQ7TTC0H9MP";
    private static final String POWER_APPS = "CFQ7TTC0LH2H";
    private static final String RPA = "CFQ7TTC0LSGZ";
    private static final String POWER_AUTOMATE = "CFQ7TTC0LH3L";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(SpendReportIT.class, ClockMovingTest.class, MovableClock.class, Api.class,
                DemoAccounts.class);
    }

    @Test
    void theDashboardsFiguresEqualSumsComputedHereFromTheSameInvoices() {
        List.of(POWER_BI_PRO, POWER_APPS, RPA).forEach(this::allow);
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        YearMonth first = current.minusMonths(11);

        // Before the window: bought and canceled 12 months ago, so its one invoice must not count.
        clock.setTo(midMonth(current.minusMonths(12)));
        String before = buy(CHEN, RPA, 1, "MONTHLY");
        cancel(CHEN, before);
        // A monthly subscription from 11 months ago, renewed each month up to now: an invoice in every month.
        clock.setTo(midMonth(first));
        String monthly = buy(CHEN, POWER_BI_PRO, 2, "MONTHLY");
        int renewed = renewUpToNow(monthly);
        assertTrue(renewed >= 10, "renewed " + renewed + " times");
        // An annual one 5 months ago, and a central one the admin bought 3 months ago.
        clock.setTo(midMonth(current.minusMonths(5)));
        buy(CHEN, POWER_APPS, 3, "ANNUAL");
        clock.setTo(midMonth(current.minusMonths(3)));
        BigDecimal centralInvoiced = buyCentrally(POWER_AUTOMATE, 4);
        clock.setTo(Instant.now());

        JsonObject report = Api.json(ok(api.get("api/v1/tenant/spend", TW_ADMIN)));
        assertEquals("TWD", report.getString("currency"));
        assertEquals(first.toString(), report.getString("from"));
        assertEquals(current.toString(), report.getString("to"));

        // 1. Against the invoice rows, read one by one and summed here.
        Expected rows = Expected.from(invoiceRows(tenantId()), first, current);
        assertEquals(12, report.getJsonArray("months").size());
        for (JsonObject month : report.getJsonArray("months").getValuesAs(JsonObject.class)) {
            YearMonth which = YearMonth.parse(month.getString("month"));
            assertAmount(rows.month(which, "SELF_SERVICE"), month, "selfService", which);
            assertAmount(rows.month(which, "CENTRAL"), month, "central", which);
            assertAmount(rows.month(which, "SELF_SERVICE").add(rows.month(which, "CENTRAL")), month, "total", which);
        }
        assertEquals(rows.products.keySet(), productIds(report), "every product invoiced in the window, and only those");
        for (JsonObject product : report.getJsonArray("products").getValuesAs(JsonObject.class)) {
            String id = product.getString("productId");
            assertAmount(rows.product(id, "SELF_SERVICE"), product, "selfService", id);
            assertAmount(rows.product(id, "CENTRAL"), product, "central", id);
        }
        List<JsonObject> top = report.getJsonArray("topPurchasers").getValuesAs(JsonObject.class);
        assertEquals(rows.topPurchasers(10), top.stream().map(p -> p.getString("purchaserId")).toList(),
                "the top purchasers in order");
        for (JsonObject purchaser : top) {
            assertAmount(rows.purchasers.get(purchaser.getString("purchaserId")), purchaser, "amount", "purchaser");
        }

        // 2. Against the invoices the REST API lists to the purchasers (the tenant's only two people).
        List<JsonObject> chens = invoicesInWindow(CHEN, first, current);
        List<JsonObject> admins = invoicesInWindow(TW_ADMIN, first, current);
        assertTrue(chens.stream().anyMatch(i -> i.getString("subscriptionId").equals(monthly)));
        assertTrue(chens.stream().noneMatch(i -> i.getString("subscriptionId").equals(before)), "outside the window");
        Map<YearMonth, BigDecimal> selfServiceByMonth = new HashMap<>();
        Map<String, BigDecimal> selfServiceByProduct = new HashMap<>();
        for (JsonObject invoice : concat(chens, admins)) {
            BigDecimal amount = invoice.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue();
            selfServiceByMonth.merge(monthOf(invoice), amount, BigDecimal::add);
            selfServiceByProduct.merge(invoice.getString("productId"), amount, BigDecimal::add);
        }
        for (JsonObject month : report.getJsonArray("months").getValuesAs(JsonObject.class)) {
            YearMonth which = YearMonth.parse(month.getString("month"));
            assertAmount(selfServiceByMonth.getOrDefault(which, BigDecimal.ZERO), month, "selfService", which);
        }
        for (JsonObject product : report.getJsonArray("products").getValuesAs(JsonObject.class)) {
            assertAmount(selfServiceByProduct.getOrDefault(product.getString("productId"), BigDecimal.ZERO), product,
                    "selfService", product.getString("productId"));
        }
        JsonObject chen = top.stream().filter(p -> "chen.mei@contoso.tw".equals(p.getString("email", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("Chen Mei is among the top purchasers: " + top));
        assertAmount(sum(chens), chen, "amount", "Chen Mei");
        assertEquals("陳美", chen.getString("displayName"));
        JsonObject threeMonthsAgo = report.getJsonArray("months").getJsonObject(8);
        assertTrue(amount(threeMonthsAgo, "central").compareTo(centralInvoiced) >= 0, "the central invoice counts: " + threeMonthsAgo);

        // 3. Seats per product are licensing's, as its own endpoint tells them.
        Map<String, JsonObject> licenses = new HashMap<>();
        Api.jsonArray(ok(api.get("api/v1/tenant/licenses", TW_ADMIN))).getValuesAs(JsonObject.class)
                .forEach(p -> licenses.put(p.getString("productId"), p));
        List<JsonObject> seats = report.getJsonArray("seats").getValuesAs(JsonObject.class);
        assertEquals(licenses.keySet(), new java.util.HashSet<>(seats.stream().map(s -> s.getString("productId")).toList()));
        for (JsonObject product : seats) {
            JsonObject expected = licenses.get(product.getString("productId"));
            assertEquals(expected.getJsonNumber("available").longValue(), product.getJsonNumber("bought").longValue());
            assertEquals(expected.getJsonNumber("assigned").longValue(), product.getJsonNumber("assigned").longValue());
        }
        assertTrue(seats.stream().anyMatch(s -> s.getString("productId").equals(POWER_BI_PRO)
                && s.getJsonNumber("bought").longValue() >= 2), seats::toString);
    }

    @Test
    void anInvoiceEarlyOnTheFirstCountsInThatMonthAndOneLateOnTheLastDayInTheMonthBefore() throws Exception {
        allow(RPA);
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
        JsonObject before = Api.json(ok(api.get("api/v1/tenant/spend", TW_ADMIN)));

        Instant midnight = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        clock.setTo(midnight);
        String early = buy(CHEN, RPA, 1, "MONTHLY");
        cancel(CHEN, early);
        clock.setTo(midnight.minus(Duration.ofMinutes(1)));
        String late = buy(CHEN, RPA, 2, "MONTHLY");
        cancel(CHEN, late);
        clock.setTo(Instant.now());
        BigDecimal earlyCharge = charged(early, month);
        BigDecimal lateCharge = charged(late, month.minusMonths(1));
        JsonObject after = Api.json(ok(api.get("api/v1/tenant/spend", TW_ADMIN)));

        assertEquals(0, amount(monthIn(before, month), "selfService").add(earlyCharge)
                .compareTo(amount(monthIn(after, month), "selfService")), "the first of the month: " + monthIn(after, month));
        assertEquals(0, amount(monthIn(before, month.minusMonths(1)), "selfService").add(lateCharge)
                .compareTo(amount(monthIn(after, month.minusMonths(1)), "selfService")), "the last minute of the month before");
    }

    @Test
    void theSumsAreReadThroughTheIndexOnTenantAndIssueTime() {
        // The statement the report's monthly query becomes; the test database's planner tells how it reads it.
        String plan = String.valueOf(commerce.createNativeQuery("""
                        EXPLAIN SELECT S.CHANNEL, S.PRODUCT_ID, SUM(I.AMOUNT) FROM COM_INVOICE I, COM_SUBSCRIPTION S
                        WHERE I.TENANT_ID = ? AND I.ISSUED_AT >= ? AND I.ISSUED_AT < ? AND I.CURRENCY = ?
                        AND S.ID = I.SUBSCRIPTION_ID GROUP BY S.CHANNEL, S.PRODUCT_ID""")
                .setParameter(1, tenantId())
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC).minusMonths(1))
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(4, "TWD")
                .getSingleResult());

        assertTrue(plan.contains("COM_INVOICE_TENANT_ISSUED"), plan);
        assertTrue(plan.contains("PRIMARY_KEY"), "each invoice finds its subscription by primary key: " + plan);
    }

    private BigDecimal charged(String subscriptionId, YearMonth month) {
        JsonObject invoice = invoicesInWindow(CHEN, month, month).stream()
                .filter(i -> i.getString("subscriptionId").equals(subscriptionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no invoice of " + subscriptionId + " in " + month));
        return invoice.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue();
    }

    /** The expected figures, summed here from single invoice rows. */
    private record Expected(Map<YearMonth, Map<String, BigDecimal>> months, Map<String, Map<String, BigDecimal>> products,
                            Map<String, BigDecimal> purchasers) {

        static Expected from(List<Object[]> rows, YearMonth first, YearMonth last) {
            Expected expected = new Expected(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Object[] row : rows) {
                YearMonth month = YearMonth.from(instant(row[0]).atOffset(ZoneOffset.UTC));
                if (month.isBefore(first) || month.isAfter(last) || !"TWD".equals(row[2])) {
                    continue;
                }
                BigDecimal amount = (BigDecimal) row[1];
                String channel = (String) row[4];
                expected.months.computeIfAbsent(month, m -> new HashMap<>()).merge(channel, amount, BigDecimal::add);
                expected.products.computeIfAbsent((String) row[5], p -> new HashMap<>()).merge(channel, amount, BigDecimal::add);
                if ("SELF_SERVICE".equals(channel) && row[3] != null) {
                    expected.purchasers.merge((String) row[3], amount, BigDecimal::add);
                }
            }
            return expected;
        }

        BigDecimal month(YearMonth month, String channel) {
            return months.getOrDefault(month, Map.of()).getOrDefault(channel, BigDecimal.ZERO);
        }

        BigDecimal product(String product, String channel) {
            return products.getOrDefault(product, Map.of()).getOrDefault(channel, BigDecimal.ZERO);
        }

        /** The most first; equal amounts by purchaser id. */
        List<String> topPurchasers(int most) {
            return purchasers.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(most).map(Map.Entry::getKey).toList();
        }
    }

    private List<Object[]> invoiceRows(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = commerce.createNativeQuery("""
                        select i.ISSUED_AT, i.AMOUNT, i.CURRENCY, i.PURCHASER_ID, s.CHANNEL, s.PRODUCT_ID
                        from COM_INVOICE i join COM_SUBSCRIPTION s on s.ID = i.SUBSCRIPTION_ID where i.TENANT_ID = ?""")
                .setParameter(1, tenantId).getResultList();
        assertFalse(rows.isEmpty());
        return rows;
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof Timestamp time) {
            return time.toInstant();
        }
        throw new AssertionError("unexpected time type " + column.getClass());
    }

    /** The purchaser's invoices issued in the months, by the REST API (two requests: one may cover at most 366 days). */
    private List<JsonObject> invoicesInWindow(String purchaser, YearMonth first, YearMonth last) {
        List<JsonObject> invoices = new ArrayList<>();
        YearMonth from = first;
        while (!from.isAfter(last)) {
            YearMonth to = from.plusMonths(5).isAfter(last) ? last : from.plusMonths(5);
            invoices.addAll(Api.jsonArray(ok(api.get("api/v1/invoices?from=" + from.atDay(1) + "&to=" + to.atEndOfMonth(),
                    purchaser))).getValuesAs(JsonObject.class));
            from = to.plusMonths(1);
        }
        return invoices;
    }

    private int renewUpToNow(String subscriptionId) {
        int renewals = 0;
        Instant due = renewsAt(subscriptionId);
        while (due.isBefore(Instant.now())) {
            clock.setTo(due.plus(Duration.ofMinutes(1)));
            Instant next = due;
            // The server's own scheduled run may hold the subscription for a moment: ask again until it is renewed.
            for (int attempt = 0; attempt < 40 && !next.isAfter(due); attempt++) {
                this.renewals.renewDue();
                next = renewsAt(subscriptionId);
                if (!next.isAfter(due)) {
                    sleep();
                }
            }
            assertTrue(next.isAfter(due), "renewed at " + due);
            due = next;
            renewals++;
        }
        return renewals;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Instant renewsAt(String subscriptionId) {
        return Instant.parse(Api.json(ok(api.get("api/v1/subscriptions/" + subscriptionId, CHEN))).getString("renewsAt"));
    }

    private String buy(String buyer, String product, int quantity, String term) {
        HttpResponse<String> bought = api.send(api.request("api/v1/purchases").header("Authorization", buyer)
                .header("Idempotency-Key", "spend-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + product + "\",\"quantity\":" + quantity
                        + ",\"term\":\"" + term + "\",\"card\":{\"number\":\"4242424242424242\",\"expiryMonth\":12,"
                        + "\"expiryYear\":" + (Year.now().getValue() + 3) + ",\"securityCode\":\"123\","
                        + "\"nameOnCard\":\"Chen Mei\"}}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getString("subscriptionId");
    }

    private BigDecimal buyCentrally(String product, int quantity) {
        HttpResponse<String> bought = api.send(api.request("api/v1/tenant/purchases").header("Authorization", TW_ADMIN)
                .header("Idempotency-Key", "spend-" + UUID.randomUUID()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"" + product + "\",\"quantity\":" + quantity
                        + ",\"term\":\"ANNUAL\"}")));
        assertEquals(201, bought.statusCode(), bought.body());
        return Api.json(bought).getJsonObject("invoiced").getJsonNumber("amount").bigDecimalValue();
    }

    private void cancel(String buyer, String subscriptionId) {
        ok(api.send(api.request("api/v1/subscriptions/" + subscriptionId + "/cancel").header("Authorization", buyer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"OTHER\"}"))));
    }

    private void allow(String product) {
        ok(api.send(api.request("api/v1/policies/AllowSelfServicePurchase/products/" + product)
                .header("Authorization", TW_ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"policyValue\":\"Enabled\"}"))));
    }

    private String tenantId() {
        return Api.json(ok(api.get("api/v1/me", TW_ADMIN))).getJsonObject("tenant").getString("id");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static Instant midMonth(YearMonth month) {
        return month.atDay(15).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static YearMonth monthOf(JsonObject invoice) {
        return YearMonth.from(Instant.parse(invoice.getString("issuedAt")).atOffset(ZoneOffset.UTC));
    }

    private static JsonObject monthIn(JsonObject report, YearMonth month) {
        return report.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("month").equals(month.toString())).findFirst().orElseThrow();
    }

    private static java.util.Set<String> productIds(JsonObject report) {
        return new java.util.HashSet<>(report.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("productId")).toList());
    }

    private static BigDecimal sum(List<JsonObject> invoices) {
        return invoices.stream().map(i -> i.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<JsonObject> concat(List<JsonObject> one, List<JsonObject> other) {
        List<JsonObject> both = new ArrayList<>(one);
        both.addAll(other);
        return both;
    }

    private static BigDecimal amount(JsonObject figure, String field) {
        return figure.getJsonNumber(field).bigDecimalValue();
    }

    private static void assertAmount(BigDecimal expected, JsonObject figure, String field, Object what) {
        assertEquals(0, expected.compareTo(amount(figure, field)), what + " " + field + ": expected " + expected + " in " + figure);
    }
}
