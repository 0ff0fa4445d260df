package selfserve.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selfserve.identity.api.DemoDirectorySeeded;
import selfserve.identity.api.DemoDirectorySeeded.DemoPerson;
import selfserve.identity.internal.DemoSeeding;

/** Demo mode seeds exactly the README's tenants, accounts and purchases, and seeding again adds nothing. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(DemoDataIT.class);
    }

    @Inject
    private DemoSeeding seeding;

    @PersistenceContext(unitName = "identity")
    private EntityManager identity;

    @PersistenceContext(unitName = "commerce")
    private EntityManager commerce;

    @Inject
    private Event<DemoDirectorySeeded> demoAnnounced;

    @Test
    void seedingAgainAddsNothing() {
        assertEquals(0, seeding.seedMissing());

        assertEquals(9, count("IDN_TENANT"));
        assertEquals(20, count("IDN_USER"));
        assertEquals(2, count("IDN_PARTNER_DELEGATION"));
    }

    @Test
    void theDemoTenantsAreTheReadmesTable() {
        List<?> rows = identity.createNativeQuery(
                "select DISPLAY_NAME, COUNTRY, TENANT_TYPE, CURRENCY, DEFAULT_LOCALE, MANAGED from IDN_TENANT order by DISPLAY_NAME")
                .getResultList();

        assertEquals(List.of(
                "Contoso AB|SE|COMMERCIAL|SEK|SWEDISH|true",
                "Contoso Brasil|BR|COMMERCIAL|BRL|ENGLISH|true",
                "Contoso China|CN|COMMERCIAL|CNY|SIMPLIFIED_CHINESE|true",
                "Contoso India|IN|COMMERCIAL|INR|ENGLISH|true",
                "Contoso Taiwan|TW|COMMERCIAL|TWD|TRADITIONAL_CHINESE|true",
                "Fabrikam Partners|US|COMMERCIAL|USD|ENGLISH|true",
                "Lakeside School|SE|EDUCATION|SEK|SWEDISH|true",
                "Northwind Traders|US|COMMERCIAL|USD|ENGLISH|true",
                "State Agency|US|GOVERNMENT|USD|ENGLISH|true"),
                rows.stream().map(row -> {
                    Object[] c = (Object[]) row;
                    return c[0] + "|" + c[1] + "|" + c[2] + "|" + c[3] + "|" + c[4] + "|" + c[5];
                }).toList());
    }

    @Test
    void everyDemoPasswordIsAPbkdf2HashWith600000Iterations() {
        List<?> hashes = identity.createNativeQuery("select PASSWORD_HASH from IDN_USER").getResultList();

        assertEquals(20, hashes.size());
        hashes.forEach(hash -> assertEquals("pbkdf2-sha256$600000", hash.toString().substring(0, 20)));
    }

    @Test
    void demoPurchasesAreThereOnceWithTheirMonthsOfInvoices() {
        Map<String, DemoPerson> people = new HashMap<>();
        for (Object row : identity.createNativeQuery("""
                select u.EMAIL, u.ID, u.TENANT_ID, t.CURRENCY from IDN_USER u join IDN_TENANT t on t.ID = u.TENANT_ID""")
                .getResultList()) {
            Object[] c = (Object[]) row;
            people.put((String) c[0], new DemoPerson(UUID.fromString((String) c[1]), UUID.fromString((String) c[2]), (String) c[3]));
        }
        String anna = people.get("anna@contoso.se").userId().toString();
        List<String> before = subscriptionsOf(anna);

        demoAnnounced.fire(new DemoDirectorySeeded(people));

        assertEquals(before, subscriptionsOf(anna), "announcing the demo directory again adds nothing");
        // Only the demo's products: AuthorizationMatrixIT has Anna buy Power Automate RPA and try Project Plan 3 (and
        // cancel both), which the demo never sells her.
        List<String> demo = before.stream().filter(row -> row.startsWith("CFQ7TTC0H9MP|") || row.startsWith("CFQ7TTC0HD32|"))
                .toList();
        assertEquals(List.of("CFQ7TTC0H9MP|10|SELF_SERVICE|SEK", "CFQ7TTC0HD32|3|SELF_SERVICE|SEK"),
                demo.stream().map(row -> row.substring(0, row.lastIndexOf('|'))).toList());
        // Started 4 and 2 months ago: the first term's invoice and one for each renewal since (a test that
        // moves the clock may have renewed them further).
        assertTrue(invoices(demo.get(0)) >= 5, before::toString);
        assertTrue(invoices(demo.get(1)) >= 3, before::toString);
        assertEquals(1L, ((Number) commerce.createNativeQuery("""
                        select count(*) from COM_SUBSCRIPTION where TENANT_ID = ? and PURCHASER_ID is null
                        and PRODUCT_ID = 'CFQ7TTC0H9MP' and QUANTITY = 50 and CHANNEL = 'CENTRAL'""")
                .setParameter(1, people.get("admin@contoso.se").tenantId().toString()).getSingleResult()).longValue());
        assertEquals(List.of("CFQ7TTC0HDB1|25|SELF_SERVICE|SEK|0"), subscriptionsOf(people.get("erik@contoso.se").userId().toString())
                .stream().filter(row -> row.startsWith("CFQ7TTC0HDB1")).toList(), "erik's free trial: no invoice");
        assertEquals(1, subscriptionsOf(people.get("li.wei@contoso.cn").userId().toString()).size());
        assertEquals(1, subscriptionsOf(people.get("chen.mei@contoso.tw").userId().toString()).size());
        assertEquals(List.of(4, 10), seatsOf(anna, "CFQ7TTC0H9MP"), "anna's Power BI Pro: 4 of 10 assigned");
    }

    /** Assigned and seats of a purchaser's subscription of a product. */
    private List<Integer> seatsOf(String purchaserId, String productId) {
        Object[] seats = (Object[]) identity.createNativeQuery(
                        "select ASSIGNED, SEATS from LIC_SEAT_POOL where PURCHASER_ID = ? and PRODUCT_ID = ?")
                .setParameter(1, purchaserId).setParameter(2, productId).getSingleResult();
        return List.of(((Number) seats[0]).intValue(), ((Number) seats[1]).intValue());
    }

    private static int invoices(String row) {
        return Integer.parseInt(row.substring(row.lastIndexOf('|') + 1));
    }

    /** PRODUCT|QUANTITY|CHANNEL|CURRENCY|invoices of a purchaser's subscriptions, by product. */
    private List<String> subscriptionsOf(String purchaserId) {
        return commerce.createNativeQuery("""
                        select s.PRODUCT_ID, s.QUANTITY, s.CHANNEL, s.CURRENCY, (select count(*) from COM_INVOICE i where i.SUBSCRIPTION_ID = s.ID)
                        from COM_SUBSCRIPTION s where s.PURCHASER_ID = ? order by s.PRODUCT_ID""")
                .setParameter(1, purchaserId).getResultList().stream().map(DemoDataIT::joined).toList();
    }

    private static String joined(Object row) {
        return java.util.Arrays.stream((Object[]) row).map(String::valueOf).collect(java.util.stream.Collectors.joining("|"));
    }

    private long count(String table) {
        return ((Number) identity.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
